using Intake.Bots.Dialogs;
using Intake.Bots.Dialogs.Prompts;

namespace Intake.UnitTests.Bots.Dialogs;

public sealed class ComponentDialogTests
{
    private static DialogRunner Build(Intake.Bots.Content.ContentCatalog content)
    {
        var inner = new WaterfallDialog<ProfileValues>("inner", TestFlowsJsonContext.Default.ProfileValues, () => new ProfileValues())
            .Step("ask", (step, ct) => step.PromptAsync("pain", ct))
            .Step("end", (step, ct) => step.EndAsync(step.Result, ct));
        var component = new ComponentDialog("pain-check", "inner", inner, PromptDialog.Number("pain", new PromptOptions { PromptKey = "test.pain.prompt" }, content, 0, 10));
        var root = new WaterfallDialog<ProfileValues>("root", TestFlowsJsonContext.Default.ProfileValues, () => new ProfileValues())
            .Step("check", (step, ct) => step.PromptAsync("pain-check", ct))
            .Step("say", (step, ct) =>
            {
                step.Dialog.Turn.SendText("component said " + step.Result?.WholeNumber);
                return step.EndAsync(null, ct);
            });
        var dialogs = new DialogSet().Add(root).Add(component);
        return new DialogRunner(dialogs, content, new DialogRunnerOptions { RootDialogId = "root", FlowVersion = "c1" });
    }

    [Fact]
    public async Task Component_ChildEnds_ComponentEndsWithTheChildsResultToItsParent()
    {
        var harness = new DialogHarness(Build);

        var asked = await harness.SayAsync("start");
        var stackWhileAsking = await harness.StackAsync();
        var replies = await harness.SayAsync("four");

        Assert.Equal("How bad is the pain, 0 to 10?", asked.Single().Text);
        Assert.Equal(["root", "pain-check", "inner", "pain"], stackWhileAsking!.Dialogs.Select(d => d.Id));
        Assert.Equal("component said 4", replies.Single().Text);
    }

    [Fact]
    public void DialogSet_SameIdTwice_Throws()
    {
        var set = new DialogSet().Add(PromptDialog.Text("a", new PromptOptions { PromptKey = "x" }));

        Assert.Throws<InvalidOperationException>(() => set.Add(PromptDialog.Text("a", new PromptOptions { PromptKey = "y" })));
    }
}
