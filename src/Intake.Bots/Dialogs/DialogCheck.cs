using Intake.Bots.Content;

namespace Intake.Bots.Dialogs;

/// <summary>
/// A named check in <see cref="DialogRunnerOptions.Checks"/>, the one ordered list of what may answer a message
/// before the active dialog does (an emergency watch, a welcome, a pending confirmation, language switches,
/// global commands).
/// </summary>
public sealed record DialogCheck(string Name, DialogCheckHandler Handler)
{
    /// <summary>Switches the language when the whole message is one of a switch's words, then runs <paramref name="said"/> (default: ask again).</summary>
    public static DialogCheck LanguageSwitch(ContentCatalog content, IEnumerable<LanguageSwitch> switches, CommandHandler? said = null)
        => new("language", new LanguageSwitchCheck(content, switches, said).CheckAsync);

    /// <summary>Runs the command when the whole message is one of its words, or a card sends <c>{"command":"name"}</c>.</summary>
    public static DialogCheck Command(ContentCatalog content, GlobalCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return new(command.Name, new CommandCheck(content, command).CheckAsync);
    }
}
