using Intake.Bots.Content;
using Intake.Bots.Dialogs.Prompts;
using Intake.Dialogs;
using Intake.Dialogs.Answers;
using Intake.Dialogs.Flow;
using Intake.Dialogs.Triage;

namespace Intake.UnitTests.Dialogs.Flow;

/// <summary>
/// A question the intake does not have ("how do you sleep?"), added the way a real one is: one row and its
/// content, nothing else. Its answer borrows the <c>Triggers</c> slot, as a real question would have its own.
/// </summary>
internal static class ThrowAwayQuestion
{
    public const string Step = "sleep";

    public static readonly IReadOnlyList<string> Codes = ["well", "badly"];

    public static readonly IntakeQuestion Row = new(
        Step,
        (sources, options) => PromptDialog.Choice(Step, options, sources.Content, QuestionChoices.For(Step, Codes), multiple: true),
        (answers, answer) => answers with { Triggers = answer.Choices },
        AnswerField.Several(Step, Codes, a => a.Triggers));

    private static readonly Lazy<ContentCatalog> LazyContent = new(Load);

    /// <summary>The real content plus the question's own file, in both languages.</summary>
    public static ContentCatalog Content => LazyContent.Value;

    private static ContentCatalog Load()
    {
        var root = Path.Combine(Path.GetTempPath(), "intake-throwaway-" + Guid.NewGuid().ToString("N"));
        foreach (var language in DialogsServiceCollectionExtensions.Languages)
        {
            var folder = Directory.CreateDirectory(Path.Combine(root, language)).FullName;
            foreach (var file in Directory.GetFiles(Path.Combine(DialogsServiceCollectionExtensions.ContentRoot, language), "*.yaml"))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            File.WriteAllText(Path.Combine(folder, "sleep.yaml"), language == "es" ? Spanish : English);
        }

        var catalog = ContentCatalog.Load(root, DialogsServiceCollectionExtensions.Languages);
        Directory.Delete(root, recursive: true);
        return catalog;
    }

    private const string English = """
        sleep:
          prompt: "How do you sleep?"
          retry: "Tap how you sleep."
          explain: "Poor sleep can make spasms worse."
          choices:
            well:
              label: "Well"
              synonyms: [well, fine]
            badly:
              label: "Badly"
              synonyms: [badly, bad]
        confirm:
          lines:
            sleep: "Sleep: {answer}"
          choices:
            change-sleep:
              label: "Sleep"
              synonyms: [change sleep]
        facts:
          lines:
            sleep: "Sleep: {answer}"
        corrections:
          topics:
            sleep: [sleep]
        """;

    private const string Spanish = """
        sleep:
          prompt: "¿Cómo duerme?"
          retry: "Toque cómo duerme."
          explain: "Dormir mal puede empeorar los espasmos."
          choices:
            well:
              label: "Bien"
              synonyms: [bien]
            badly:
              label: "Mal"
              synonyms: [mal]
        confirm:
          lines:
            sleep: "Sueño: {answer}"
          choices:
            change-sleep:
              label: "Sueño"
              synonyms: [cambiar sueño]
        facts:
          lines:
            sleep: "Sueño: {answer}"
        corrections:
          topics:
            sleep: [sueño, duerme]
        """;
}
