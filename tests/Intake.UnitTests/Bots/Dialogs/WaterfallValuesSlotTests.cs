using System.Text.Json;
using Intake.Bots.Dialogs;
using Intake.Bots.Dialogs.Prompts;
using Intake.Bots.State;

namespace Intake.UnitTests.Bots.Dialogs;

public sealed class WaterfallValuesSlotTests
{
    private static readonly StateKey<ProfileValues> Slot = new("profile", TestFlowsJsonContext.Default.ProfileValues);

    private static DialogRunner Build(Intake.Bots.Content.ContentCatalog content)
    {
        var waterfall = new WaterfallDialog<ProfileValues>("root", Slot, () => new ProfileValues())
            .Step("ask", (step, ct) => step.PromptAsync("name", ct))
            .Step("keep", (step, ct) =>
            {
                step.Values = step.Values with { Name = step.Result?.Text };
                return step.EndAsync(null, ct);
            });
        var dialogs = new DialogSet().Add(waterfall).Add(PromptDialog.Text("name", new PromptOptions { PromptKey = "test.name.prompt" }));
        return new DialogRunner(dialogs, content, new DialogRunnerOptions { RootDialogId = "root", FlowVersion = "slot-1" });
    }

    private static async Task<ProfileValues?> SlotAsync(DialogHarness harness)
    {
        using var state = JsonDocument.Parse(await harness.StoredStateAsync());
        return state.RootElement.TryGetProperty(Slot.Name, out var slot) ? slot.Deserialize(Slot.TypeInfo) : null;
    }

    [Fact]
    public async Task ValuesInASlot_DialogEnds_ValuesOutliveIt()
    {
        var harness = new DialogHarness(Build);
        await harness.SayAsync("hi");

        await harness.SayAsync("Ana");

        Assert.Empty((await harness.StackAsync())!.Dialogs);
        Assert.Equal("Ana", (await SlotAsync(harness))?.Name);
    }

    [Fact]
    public async Task ValuesInASlot_DialogBegunAgain_StartsFromFreshValues()
    {
        var harness = new DialogHarness(Build);
        await harness.SayAsync("hi");
        await harness.SayAsync("Ana");

        await harness.SayAsync("again");

        Assert.Null((await SlotAsync(harness))?.Name);
        Assert.Null((await harness.StackAsync())!.Dialogs[0].State);
    }
}
