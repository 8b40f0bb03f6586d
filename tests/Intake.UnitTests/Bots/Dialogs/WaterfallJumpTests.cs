using System.Globalization;
using Intake.Bots.Content;
using Intake.Bots.Dialogs;
using Intake.Bots.Dialogs.Prompts;

namespace Intake.UnitTests.Bots.Dialogs;

public sealed class WaterfallJumpTests
{
    // name → pain → summary (confirm); "no" at the summary changes the pain only, then comes back to the summary.
    private static DialogRunner Build(ContentCatalog content)
    {
        var waterfall = new WaterfallDialog<ProfileValues>("root", TestFlowsJsonContext.Default.ProfileValues, () => new ProfileValues())
            .Step("name", (step, ct) => step.PromptAsync("name", ct))
            .Step("pain", (step, ct) =>
            {
                if (step.AnsweredStep == "name")
                {
                    step.Values = step.Values with { Name = step.Result?.Text };
                }

                return step.PromptAsync("pain", ct);
            })
            .Step("summary", (step, ct) =>
            {
                step.Values = step.Values with { Pain = step.Result?.WholeNumber };
                step.Dialog.Turn.SendText($"{step.Values.Name} {step.Values.Pain?.ToString(CultureInfo.InvariantCulture)}");
                return step.PromptAsync("ok", ct);
            })
            .Step("after", (step, ct) => step.Result?.Confirmed == true
                ? step.EndAsync(null, ct)
                : step.GoToAsync("pain", returnTo: "summary", ct));
        var dialogs = new DialogSet()
            .Add(waterfall)
            .Add(PromptDialog.Text("name", new PromptOptions { PromptKey = "test.name.prompt" }))
            .Add(PromptDialog.Number("pain", new PromptOptions { PromptKey = "test.pain.prompt" }, content, 0, 10))
            .Add(PromptDialog.Confirm("ok", new PromptOptions { PromptKey = "test.ok.prompt" }, content));
        return new DialogRunner(dialogs, content, new DialogRunnerOptions { RootDialogId = "root", FlowVersion = "jump-1" });
    }

    [Fact]
    public async Task GoToWithReturn_ChangeOneAnswer_ComesBackToTheSummaryWithTheOtherAnswersKept()
    {
        var harness = new DialogHarness(Build);
        foreach (var text in new[] { "hi", "Ana" })
        {
            await harness.SayAsync(text);
        }

        var summary = await harness.SayAsync("3");
        var change = await harness.SayAsync("no");
        var again = await harness.SayAsync("8");

        Assert.Equal("Ana 3", summary[0].Text);
        Assert.Equal("How bad is the pain, 0 to 10?", change.Single().Text);
        Assert.Equal(["Ana 8", "Is that right?"], again.Select(r => r.Text));
        Assert.Null((await harness.StackAsync())!.Dialogs[0].ReturnTo);
    }

    [Fact]
    public async Task GoToWithReturn_WhileWaiting_KeepsTheReturnStepInTheStoredStack()
    {
        var harness = new DialogHarness(Build);
        foreach (var text in new[] { "hi", "Ana", "3" })
        {
            await harness.SayAsync(text);
        }

        await harness.SayAsync("no");

        var root = (await harness.StackAsync())!.Dialogs[0];
        Assert.Equal("pain", root.Step);
        Assert.Equal("summary", root.ReturnTo);
    }
}
