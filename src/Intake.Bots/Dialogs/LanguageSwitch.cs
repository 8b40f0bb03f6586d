namespace Intake.Bots.Dialogs;

/// <summary>Switches the conversation to <see cref="Language"/> when the whole message is a word of the list <see cref="WordsKey"/> ("español", "spanish").</summary>
public sealed record LanguageSwitch(string Language, string WordsKey);
