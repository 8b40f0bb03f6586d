using Intake.Bots.Content;
using Intake.Bots.Recognizers;

namespace Intake.Bots.Dialogs;

/// <summary>One global command as a check: the whole message is one of its words (any content language), or a card names it.</summary>
internal sealed class CommandCheck
{
    private readonly GlobalCommand _command;
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);

    public CommandCheck(ContentCatalog content, GlobalCommand command)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(command);
        _command = command;
        foreach (var language in content.Languages)
        {
            _words.UnionWith(content.List(language, command.WordsKey).Select(TextNormalizer.Normalize));
        }
    }

    public async ValueTask<CommandOutcome?> CheckAsync(DialogContext dialog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var named = dialog.Input.Command is { } name
            ? string.Equals(name, _command.Name, StringComparison.OrdinalIgnoreCase)
            : dialog.NormalizedText.Length > 0 && _words.Contains(dialog.NormalizedText);
        return named ? await _command.Handler(dialog, cancellationToken) : null;
    }
}
