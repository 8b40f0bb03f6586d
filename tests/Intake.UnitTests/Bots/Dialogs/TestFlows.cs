using System.Globalization;
using Intake.Bots.Choices;
using Intake.Bots.Content;
using Intake.Bots.Dialogs;
using Intake.Bots.Dialogs.Prompts;

namespace Intake.UnitTests.Bots.Dialogs;

/// <summary>A small flow on the engine, knowing nothing of the intake: name → pain → areas → confirm → done.</summary>
internal static class TestFlows
{
    public const string Version = "test-1";

    public static readonly string[] Areas = ["back", "neck", "legs", "feet"];

    /// <summary>The flow; <paramref name="configure"/> may change the runner options (flow version, commands …).</summary>
    public static DialogRunner Profile(ContentCatalog content, Action<DialogRunnerOptions>? configure = null, PromptValidator? areaValidator = null)
    {
        var areas = ChoiceList.FromContent(content, "test.area", Areas);
        var waterfall = new WaterfallDialog<ProfileValues>("profile", TestFlowsJsonContext.Default.ProfileValues, () => new ProfileValues())
            .Step("name", (step, ct) => step.PromptAsync("name", ct))
            .Step("pain", (step, ct) =>
            {
                step.Values = step.Values with { Name = step.Result?.Text };
                return step.PromptAsync("pain", ct);
            })
            .Step("areas", (step, ct) =>
            {
                if (step.AnsweredStep == "pain")
                {
                    step.Values = step.Values with { Pain = step.Result?.WholeNumber };
                }

                return step.PromptAsync("areas", ct);
            })
            .Step("ok", (step, ct) =>
            {
                step.Values = step.Values with { Areas = step.Result?.Choices };
                return step.PromptAsync("ok", ct);
            })
            .Step("done", (step, ct) =>
            {
                if (step.Result?.Confirmed == false)
                {
                    return step.GoToAsync("areas", ct);
                }

                var values = step.Values with { Ok = step.Result?.Confirmed };
                step.Values = values;
                step.Dialog.Turn.SendText(step.Dialog.Content.Format(
                    step.Dialog.Language,
                    "test.done",
                    ("name", values.Name ?? "?"),
                    ("pain", values.Pain?.ToString(CultureInfo.InvariantCulture) ?? "?"),
                    ("areas", string.Join('+', values.Areas ?? [])),
                    ("ok", values.Ok == true ? "yes" : "no")));
                return step.EndAsync(null, ct);
            });

        var dialogs = new DialogSet()
            .Add(waterfall)
            .Add(PromptDialog.Text("name", new PromptOptions { PromptKey = "test.name.prompt" }))
            .Add(PromptDialog.Number("pain", new PromptOptions { PromptKey = "test.pain.prompt", RetryKey = "test.pain.retry" }, content, 0, 10))
            .Add(PromptDialog.Choice("area", new PromptOptions { PromptKey = "test.area.prompt", RetryKey = "test.area.retry", ChannelData = Step("area") }, content, areas))
            .Add(PromptDialog.Choice("areas", new PromptOptions { PromptKey = "test.area.prompt", RetryKey = "test.area.retry", ChannelData = Step("areas"), Validator = areaValidator }, content, areas, multiple: true))
            .Add(PromptDialog.Confirm("ok", new PromptOptions { PromptKey = "test.ok.prompt" }, content));
        var options = new DialogRunnerOptions { RootDialogId = "profile", FlowVersion = Version };
        options.Checks.Add(DialogCheck.LanguageSwitch(content, [new LanguageSwitch("en", "test.words.english"), new LanguageSwitch("es", "test.words.spanish")], (dialog, _) =>
        {
            dialog.SendText("test.switched");
            return ValueTask.FromResult(CommandOutcome.Reprompt);
        }));
        options.Checks.Add(DialogCheck.Command(content, new GlobalCommand("help", "test.words.help", (dialog, _) =>
        {
            dialog.SendText("test.help");
            return ValueTask.FromResult(CommandOutcome.Reprompt);
        })));
        options.Checks.Add(DialogCheck.Command(content, new GlobalCommand("cancel", "test.words.cancel", async (dialog, ct) =>
        {
            await dialog.CancelAllDialogsAsync(ct);
            dialog.SendText("test.cancelled");
            return CommandOutcome.Handled;
        })));
        options.Checks.Add(DialogCheck.Command(content, new GlobalCommand("restart", "test.words.restart", async (dialog, ct) =>
        {
            await dialog.CancelAllDialogsAsync(ct);
            dialog.SendText("test.restarted");
            await dialog.BeginDialogAsync("profile", ct);
            return CommandOutcome.Handled;
        })));
        options.OnFlowReset = (dialog, _) =>
        {
            dialog.SendText("test.reset");
            return ValueTask.CompletedTask;
        };
        configure?.Invoke(options);
        return new DialogRunner(dialogs, content, options);
    }

    /// <summary>A single prompt as the root, to test one prompt's recognition.</summary>
    public static DialogRunner Single(ContentCatalog content, string promptId)
    {
        var areas = ChoiceList.FromContent(content, "test.area", Areas);
        var dialogs = new DialogSet()
            .Add(PromptDialog.Number("pain", new PromptOptions { PromptKey = "test.pain.prompt", RetryKey = "test.pain.retry" }, content, 0, 10))
            .Add(PromptDialog.Choice("area", new PromptOptions { PromptKey = "test.area.prompt", RetryKey = "test.area.retry", ChannelData = Step("area") }, content, areas))
            .Add(PromptDialog.Choice("areas", new PromptOptions { PromptKey = "test.area.prompt", RetryKey = "test.area.retry", ChannelData = Step("areas") }, content, areas, multiple: true))
            .Add(PromptDialog.Confirm("ok", new PromptOptions { PromptKey = "test.ok.prompt" }, content))
            .Add(new WaterfallDialog<ProfileValues>("root", TestFlowsJsonContext.Default.ProfileValues, () => new ProfileValues())
                .Step("ask", (step, ct) => step.PromptAsync(promptId, ct))
                .Step("echo", (step, ct) =>
                {
                    var answer = step.Result!;
                    var said = answer.Choices is { } codes ? "choices:" + string.Join(',', codes)
                        : answer.Number is { } n ? "number:" + n.ToString(CultureInfo.InvariantCulture)
                        : "text:" + answer.Text;
                    said += answer.Confirmed is { } yes ? (yes ? " confirmed:yes" : " confirmed:no") : string.Empty;
                    step.Dialog.Turn.SendText(said);
                    return step.EndAsync(answer, ct);
                }));
        return new DialogRunner(dialogs, content, new DialogRunnerOptions { RootDialogId = "root", FlowVersion = Version });
    }

    public static System.Text.Json.JsonElement Step(string step)
        => System.Text.Json.JsonDocument.Parse("{\"test\":{\"step\":\"" + step + "\"}}").RootElement.Clone();
}
