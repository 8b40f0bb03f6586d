using System.Collections.Concurrent;
using System.Text;
using Intake.Bots.Content;
using Intake.Dialogs.Answers;
using Intake.Dialogs.Triage;

namespace Intake.Dialogs.Results;

/// <summary>
/// Composes the result from the answers and the triage decision, in the patient's language: the
/// level first, in one sentence with its time frame; then why; education matched to the answers; what physical therapy
/// offers (for self-care: what helps right now, at home); the safety net (when to call 911 instead); the clinic to call.
/// An emergency says only what to do now. Pure: no I/O, no clock.
/// </summary>
internal sealed class ResultComposer(ContentCatalog content)
{
    private static readonly string[] TherapyItems = ["aerobic", "strength", "pain-relief", "stretching", "hands-on", "tens", "ultrasound"];

    private static readonly string[] NowItems = ["stretch", "heat", "water", "rest", "rub", "therapy"];

    // The physical-therapy section is the same for every result in a language: built once per language
    // (measured with the benchmark's --turns: the result turn allocated 32.6 → 27.5 KB).
    private readonly ConcurrentDictionary<string, string> _therapySections = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _nowSections = new(StringComparer.Ordinal);

    public ResultMessage Compose(IntakeAnswers answers, TriageResult triage, string language, IntakeOptions? clinic = null)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(triage);
        string Text(string key) => content.Text(language, key);
        var level = triage.Level.Name();
        if (triage.Level == CareLevel.Emergency)
        {
            return new ResultMessage(
                triage.Level,
                triage.RuleIds,
                [Text($"result.level.{level}"), Text("result.emergency-detail")],
                EmergencyCard(language),
                []);
        }

        var paragraphs = new List<string>
        {
            Text($"result.level.{level}"),
            Section(Text("result.reasons-title"), triage.ReasonKeys.Select(Text)),
            Text("result.not-diagnosis"),
            Section(Text("education.title"), Education(answers).Select(Text)),
            triage.Level == CareLevel.SelfCare ? _nowSections.GetOrAdd(language, NowSection) : _therapySections.GetOrAdd(language, TherapySection),
        };
        paragraphs.Add(Text("result.safety-net"));
        return new ResultMessage(
            triage.Level,
            triage.RuleIds,
            paragraphs,
            ClinicCard(language, clinic ?? new IntakeOptions()),
            [
                new ResultAction(ResultAction.Summary, Text("result.actions.summary.label")),
                new ResultAction(ResultAction.Restart, Text("result.actions.restart.label")),
            ]);
    }

    /// <summary>The education keys for these answers: what a spasm is, each trigger's help, food, the nerve note.</summary>
    public static IReadOnlyList<string> Education(IntakeAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var keys = new List<string> { "education.spasm" };
        keys.AddRange(AnswerCodes.Triggers.Where(t => answers.Triggers?.Contains(t) == true).Select(t => $"education.triggers.{t}"));
        keys.Add("education.diet");
        if (answers.Nerve?.Any(n => n != AnswerCodes.None) == true)
        {
            keys.Add("education.nerve-note");
        }

        return keys;
    }

    private CallCard EmergencyCard(string language)
        => new(
            content.Text(language, "result.emergency-card.title"),
            content.Text(language, "result.emergency-card.text"),
            [new CardLink(content.Text(language, "result.emergency-card.call"), ClinicContact.Emergency)],
            [],
            content.Text(language, "result.emergency-card.fallback"));

    // The group's main number by default; each configured site otherwise, with its address and hours.
    private CallCard ClinicCard(string language, IntakeOptions clinic)
    {
        string Text(string key) => content.Text(language, key);
        List<CardLink> bookings = [];
        if (clinic.Sites.Count == 0)
        {
            if (clinic.BookingUrl is { } booking)
            {
                bookings.Add(new CardLink(Text("result.clinic.book"), booking));
            }

            return new CallCard(
                Text("result.clinic.title"),
                Text("result.clinic.text") + "\n\n" + Text("result.clinic.out-of-hours"),
                [new CardLink(Text("result.clinic.call"), ClinicContact.Clinic)],
                bookings,
                Text("result.clinic.fallback"));
        }

        var numbers = clinic.Sites.Select(site => content.Format(language, "result.clinic.site", ("site", site.Name), ("phone", site.Display))).ToList();
        var text = new StringBuilder(Text("result.clinic.sites-text"), 256);
        for (var i = 0; i < clinic.Sites.Count; i++)
        {
            var site = clinic.Sites[i];
            text.Append("\n- ").Append(numbers[i]);
            foreach (var detail in new[] { site.Address, site.Hours })
            {
                if (!string.IsNullOrWhiteSpace(detail))
                {
                    text.Append(". ").Append(detail.Trim());
                }
            }

            if ((site.BookingUrl ?? clinic.BookingUrl) is { } booking && bookings.TrueForAll(b => b.Target != booking))
            {
                bookings.Add(new CardLink(clinic.Sites.Count == 1 ? Text("result.clinic.book") : content.Format(language, "result.clinic.site-book", ("site", site.Name)), booking));
            }
        }

        text.Append("\n\n").Append(Text("result.clinic.out-of-hours"));
        var calls = clinic.Sites.Select(site => new CardLink(content.Format(language, "result.clinic.site-call", ("site", site.Name)), site.CallUri)).ToList();
        return new CallCard(Text("result.clinic.title"), text.ToString(), calls, bookings, content.Format(language, "result.clinic.sites-fallback", ("sites", string.Join(Text("confirm.join"), numbers))));
    }

    private string NowSection(string language)
        => Section(content.Text(language, "result.now.title"), NowItems.Select(i => content.Text(language, $"result.now.{i}")));

    private string TherapySection(string language)
        => Section(content.Text(language, "pt.title") + "\n" + content.Text(language, "pt.intro"), TherapyItems.Select(i => content.Text(language, $"pt.{i}")));

    // A heading line, then one "- " item per line: Markdown lists in Web Chat and Teams, readable as plain text.
    private static string Section(string title, IEnumerable<string> lines)
    {
        var section = new StringBuilder(title, 512);
        foreach (var line in lines)
        {
            section.Append("\n- ").Append(line);
        }

        return section.ToString();
    }
}
