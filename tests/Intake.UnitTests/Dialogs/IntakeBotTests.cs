using System.Text.Json;
using System.Text.Json.Nodes;
using Intake.Dialogs;
using Intake.Dialogs.Flow;
using Intake.Schema;
using Intake.UnitTests.Bots.Dialogs;
using Intake.UnitTests.Dialogs.Flow;

namespace Intake.UnitTests.Dialogs;

/// <summary>The real intake bot on the real adapter, through its one front door (the dialog runner).</summary>
public sealed class IntakeBotTests
{
    private readonly DialogHarness _harness = DialogHarness.ForBot(c => new IntakeBot(TestIntakeFlow.Create(c)), IntakeContent.Catalog);

    private static string Text(string key) => IntakeContent.Catalog.Text("en", key);

    private static string? Step(Activity reply)
        => reply.ChannelData is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("intake", out var intake) && intake.TryGetProperty("step", out var step)
            ? step.GetString()
            : null;

    private async Task AtDurationAsync()
    {
        await _harness.JoinAsync();
        await _harness.SayAsync("yes");
        await _harness.SayAsync("none");
        await _harness.SayAsync("40");
        await _harness.SayAsync("my neck");
    }

    [Fact]
    public async Task Message_StackFromAnOlderFlow_ApologisesFirstThenStartsTheIntakeAgain()
    {
        await AtDurationAsync();
        var state = JsonNode.Parse(await _harness.StoredStateAsync())!;
        state["dialogs"]!["flow"] = "intake-0";
        await _harness.StoreStateAsync(state.ToJsonString());

        var replies = await _harness.SayAsync("a few seconds");

        Assert.Equal(Text(IntakeContentKeys.FlowReset), replies[0].Text);
        Assert.Equal(IntakeSteps.Consent, Step(replies[^1]));
        Assert.Equal(IntakeFlow.Version, (await _harness.StackAsync())!.Flow);
    }

    [Fact]
    public async Task FirstMessage_NoJoinCame_WelcomesThenAsksConsent()
    {
        var replies = await _harness.SayAsync("hi");

        Assert.Equal(2, replies.Count);
        Assert.StartsWith(Text(IntakeContentKeys.Welcome), replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(IntakeSteps.Consent, Step(replies[1]));
    }

    [Fact]
    public async Task DeleteMyData_MidIntake_PutsItsQuestionOnTheStack()
    {
        await AtDurationAsync();

        await _harness.SayAsync("delete my data");

        Assert.Equal(["intake", IntakeSteps.Duration, DataDeletion.DialogId, DataDeletion.ConfirmId], (await _harness.StackAsync())!.Dialogs.Select(d => d.Id));
    }

    [Theory]
    [InlineData("no")]
    [InlineData("cancel")]
    public async Task DeleteMyData_ThenNo_SaysKeptAndAsksTheOpenQuestionAgain(string answer)
    {
        await AtDurationAsync();
        await _harness.SayAsync("delete my data");

        var replies = await _harness.SayAsync(answer);

        Assert.Equal(Text(IntakeContentKeys.DeleteKept), replies[0].Text);
        Assert.Equal(IntakeSteps.Duration, Step(replies[^1]));
        Assert.Equal(["intake", IntakeSteps.Duration], (await _harness.StackAsync())!.Dialogs.Select(d => d.Id));
    }

    [Fact]
    public async Task DeleteMyData_ThenYes_SaysDoneAndForgetsTheConversation()
    {
        await AtDurationAsync();
        await _harness.SayAsync("delete my data");

        var replies = await _harness.SayAsync("yes, delete");

        Assert.Equal(Text(IntakeContentKeys.DeleteDone), Assert.Single(replies).Text);
        Assert.Empty(await _harness.StoredStateAsync());
    }

    [Fact]
    public async Task EmergencySign_WhileDeleteWaits_StopsWithTheEmergencyResult()
    {
        await AtDurationAsync();
        await _harness.SayAsync("delete my data");

        var replies = await _harness.SayAsync("I can't breathe");

        Assert.Contains("911", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("trouble breathing", replies[0].Text, StringComparison.Ordinal);
    }
}
