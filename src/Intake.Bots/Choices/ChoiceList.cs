using Intake.Bots.Content;

namespace Intake.Bots.Choices;

/// <summary>The options of one question, in the order they are shown and numbered.</summary>
public sealed class ChoiceList
{
    public ChoiceList(IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (choices.Count == 0)
        {
            throw new ArgumentException("A choice list needs at least one choice.", nameof(choices));
        }

        Items = choices;
    }

    /// <summary>The choices.</summary>
    public IReadOnlyList<Choice> Items { get; }

    public int Count => Items.Count;

    /// <summary>
    /// The choices for <paramref name="codes"/> from content laid out as <c>{prefix}.labels.{code}</c> (text)
    /// and, when present, <c>{prefix}.synonyms.{code}</c> (a list). A missing label stops start-up.
    /// </summary>
    public static ChoiceList FromContent(ContentCatalog content, string prefix, IEnumerable<string> codes)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(codes);
        var choices = new List<Choice>();
        foreach (var code in codes)
        {
            var label = $"{prefix}.labels.{code}";
            if (!content.Has(label))
            {
                throw new ContentException($"The choice '{code}' has no label: add the content key '{label}'.");
            }

            var synonyms = $"{prefix}.synonyms.{code}";
            choices.Add(new Choice(code, label, content.Has(synonyms) ? synonyms : null));
        }

        return new ChoiceList(choices);
    }

    /// <summary>The choice with this code (ordinal, case-insensitive), or <c>null</c>.</summary>
    public Choice? Find(string code)
        => Items.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The labels in one language.</summary>
    public IReadOnlyList<string> Labels(ContentCatalog content, string language)
    {
        ArgumentNullException.ThrowIfNull(content);
        return [.. Items.Select(c => content.Text(language, c.LabelKey))];
    }
}
