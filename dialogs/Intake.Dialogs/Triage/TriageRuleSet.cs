using Intake.Bots.Content;

namespace Intake.Dialogs.Triage;

/// <summary>The rule table, loaded from <c>Content/triage-rules.yaml</c> and checked at start-up.</summary>
internal sealed class TriageRuleSet
{
    public const string FileName = "triage-rules.yaml";

    private TriageRuleSet(IReadOnlyList<TriageRule> rules) => Rules = rules;

    /// <summary>The rules in file order.</summary>
    public IReadOnlyList<TriageRule> Rules { get; }

    /// <summary>
    /// Reads and validates the rule file: unknown keys, fields, codes or levels, a missing explanation
    /// in <paramref name="content"/>, a duplicate id or a missing self-care fallback throw
    /// <see cref="ContentException"/> naming the file and line.
    /// </summary>
    public static TriageRuleSet Load(string path, ContentCatalog content) => Load(path, content, AnswerFields.ByName);

    /// <summary>Reads and validates the rule file against the answer fields of a question table (<see cref="AnswerFields.From"/>).</summary>
    public static TriageRuleSet Load(string path, ContentCatalog content, IReadOnlyDictionary<string, AnswerField> fields)
    {
        ArgumentNullException.ThrowIfNull(content);
        var rules = TriageRuleReader.Read(path, fields);
        var name = Path.GetFileName(path);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            if (!ids.Add(rule.Id))
            {
                throw new ContentException($"{name}:{rule.Line}: the rule id '{rule.Id}' is used twice.");
            }

            if (!content.Has(rule.Explain))
            {
                throw new ContentException($"{name}:{rule.Line}: rule '{rule.Id}' explains itself with '{rule.Explain}', which no content file defines.");
            }

            if (rule.When is AlwaysCondition && rule.Level != CareLevel.SelfCare)
            {
                throw new ContentException($"{name}:{rule.Line}: rule '{rule.Id}' is 'always' but not self-care: it would send every patient to {rule.Level.Name()}.");
            }
        }

        if (!rules.Any(r => r.When is AlwaysCondition))
        {
            throw new ContentException($"{name}:1: the rules need a self-care rule with 'when: always', so every decision names a rule.");
        }

        return new TriageRuleSet(rules);
    }
}
