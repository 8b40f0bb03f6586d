namespace Intake.Dialogs.Recognizers;

/// <summary>A word that matters to an amount of time: a number, an amount ("a few"), "half", or a unit.</summary>
internal readonly record struct QuantityWord(QuantityWordKind Kind, double Amount, TimeUnit Unit = TimeUnit.Second, bool Plural = false);
