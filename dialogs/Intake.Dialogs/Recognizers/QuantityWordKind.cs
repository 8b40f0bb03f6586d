namespace Intake.Dialogs.Recognizers;

/// <summary>What a <see cref="QuantityWord"/> is.</summary>
internal enum QuantityWordKind
{
    /// <summary>A number, written in digits or words: counts anywhere.</summary>
    Number,

    /// <summary>"a", "a few", "un par de": an amount only right before a unit.</summary>
    Amount,

    /// <summary>"half", "media": halves the unit after it.</summary>
    Half,

    /// <summary>A unit of time.</summary>
    Unit,
}
