namespace Intake.Bots.Cards;

/// <summary>One choice of an <see cref="AdaptiveChoiceSetInput"/>: the label shown and the code submitted.</summary>
internal sealed record AdaptiveChoice(string Title, string Value);
