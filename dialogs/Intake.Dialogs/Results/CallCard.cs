namespace Intake.Dialogs.Results;

/// <summary>Who to call, as a card: a title, its text, one tappable call per number, booking links, and a plain-text fallback.</summary>
/// <param name="Calls">The call buttons: a label and a <c>tel:</c> URI each.</param>
/// <param name="Bookings">The booking buttons, when booking links are configured.</param>
/// <param name="Fallback">The same contact as sentences, for channels that show no cards.</param>
internal sealed record CallCard(string Title, string Text, IReadOnlyList<CardLink> Calls, IReadOnlyList<CardLink> Bookings, string Fallback);

/// <summary>A button of the call card: its label and where it goes.</summary>
internal sealed record CardLink(string Label, Uri Target);
