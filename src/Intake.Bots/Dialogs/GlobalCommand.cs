namespace Intake.Bots.Dialogs;

/// <summary>
/// A command that works at any step ("help", "cancel", "start over", "talk to someone"): recognised when the
/// whole message is one of the words of the list <see cref="WordsKey"/> (in any content language), or when a
/// card sends <c>{"command":"<see cref="Name"/>"}</c>.
/// </summary>
public sealed record GlobalCommand(string Name, string WordsKey, CommandHandler Handler);
