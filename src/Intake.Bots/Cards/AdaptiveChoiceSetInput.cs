namespace Intake.Bots.Cards;

/// <summary>An <c>Input.ChoiceSet</c>: its selected values are submitted under <see cref="Id"/>, comma-separated when multi-select.</summary>
internal sealed record AdaptiveChoiceSetInput : AdaptiveElement
{
    public required string Id { get; init; }

    public bool IsMultiSelect { get; init; }

    /// <summary><c>expanded</c> shows every choice at once; unset shows a drop-down.</summary>
    public string? Style { get; init; }

    public required IReadOnlyList<AdaptiveChoice> Choices { get; init; }

    /// <summary>Choice titles wrap instead of being cut with "…" (long emergency signs, Spanish labels, a phone's width).</summary>
    public bool Wrap { get; init; } = true;
}
