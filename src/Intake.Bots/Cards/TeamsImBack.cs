namespace Intake.Bots.Cards;

/// <summary>Teams' <c>msteams</c> submit data that makes a button send <see cref="Value"/> as a typed message.</summary>
public sealed record TeamsImBack
{
    public string Type { get; } = "imBack";

    public required string Value { get; init; }
}
