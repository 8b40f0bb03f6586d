using Intake.Bots.Dialogs.Prompts;

namespace Intake.UnitTests.Bots.Dialogs.Prompts;

public sealed class PromptValidatorTests
{
    private static readonly PromptValidator NotNeck = (answer, _, _) =>
        ValueTask.FromResult(answer.Choices!.Contains("neck") ? PromptCheck.Reject("test.notneck") : PromptCheck.Accept(answer));

    [Fact]
    public async Task Validator_Rejects_SaysItsRetryTextAndStaysOnTheStep()
    {
        var harness = new DialogHarness(c => TestFlows.Profile(c, areaValidator: NotNeck));
        foreach (var text in new[] { "hi", "Ana", "3" })
        {
            await harness.SayAsync(text);
        }

        var rejected = (await harness.SayAsync("neck")).Single();
        var accepted = (await harness.SayAsync("back")).Single();

        Assert.StartsWith("Not the neck, please pick another place.", rejected.Summary, StringComparison.Ordinal);
        Assert.Equal("Is that right?", accepted.Text);
    }
}
