using Intake.Bots.Content;
using Intake.Bots.Recognizers;

namespace Intake.Bots.Dialogs;

/// <summary>The language switches as a check: the whole message is a switch's word, in any content language.</summary>
internal sealed class LanguageSwitchCheck
{
    private readonly Dictionary<string, string> _words = new(StringComparer.Ordinal);
    private readonly CommandHandler? _said;

    public LanguageSwitchCheck(ContentCatalog content, IEnumerable<LanguageSwitch> switches, CommandHandler? said)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(switches);
        _said = said;
        var all = switches.ToList();
        foreach (var language in content.Languages)
        {
            foreach (var change in all)
            {
                foreach (var word in content.List(language, change.WordsKey))
                {
                    _words.TryAdd(TextNormalizer.Normalize(word), change.Language);
                }
            }
        }
    }

    public async ValueTask<CommandOutcome?> CheckAsync(DialogContext dialog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!_words.TryGetValue(dialog.NormalizedText, out var language))
        {
            return null;
        }

        dialog.SetLanguage(language);
        return _said is { } said ? await said(dialog, cancellationToken) : CommandOutcome.Reprompt;
    }
}
