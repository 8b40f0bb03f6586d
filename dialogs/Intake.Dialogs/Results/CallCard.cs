namespace Intake.Dialogs.Results;

/// <summary>Who to call, as a card: a title, a line of text, a tappable call action and a plain-text fallback.</summary>
/// <param name="Phone">The call target, a <c>tel:</c> URI.</param>
/// <param name="BookLabel">The booking button's label, when a booking link is configured.</param>
/// <param name="Booking">The booking link, when configured.</param>
/// <param name="Fallback">The same contact as one sentence, for channels that show no cards.</param>
internal sealed record CallCard(string Title, string Text, string CallLabel, Uri Phone, string? BookLabel, Uri? Booking, string Fallback);
