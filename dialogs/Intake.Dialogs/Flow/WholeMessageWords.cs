using System.Collections.Frozen;
using Intake.Bots.Content;
using Intake.Bots.Recognizers;

namespace Intake.Dialogs.Flow;

/// <summary>
/// A content list of whole-message answers per language ("no", "I don't have that", "thanks"), normalised once
/// at start-up, matched against the turn's normalised text (<see cref="Bots.Dialogs.DialogContext.NormalizedText"/>).
/// </summary>
internal sealed class WholeMessageWords
{
    private readonly FrozenDictionary<string, FrozenSet<string>> _words;

    /// <param name="listKey">The content list of phrases.</param>
    /// <param name="labelKey">A button label that means the same, when there is one.</param>
    public WholeMessageWords(ContentCatalog content, string listKey, string? labelKey = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        _words = content.Languages.ToFrozenDictionary(
            l => l,
            l => content.List(l, listKey).Concat(labelKey is null ? [] : [content.Text(l, labelKey)]).Select(TextNormalizer.Normalize).ToFrozenSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    /// <summary>Whether the whole normalised message is one of the phrases of <paramref name="language"/>.</summary>
    public bool Contains(string language, string normalizedText)
        => _words.TryGetValue(language, out var set) && set.Contains(normalizedText);
}
