using System.Text.Json.Serialization;
using Intake.Bots.Recognizers;

namespace Intake.Bots.Cards;

/// <summary>What an <see cref="AdaptiveSubmitAction"/> submits: a choice's code, or (Teams) a typed message.</summary>
public sealed record AdaptiveSubmitData
{
    /// <summary>The code of the chosen answer, read back by <see cref="UserInput"/>.</summary>
    [JsonPropertyName(UserInput.ChoiceField)]
    public string? Choice { get; init; }

    /// <summary>Teams' behaviour for the button.</summary>
    [JsonPropertyName("msteams")]
    public TeamsImBack? MsTeams { get; init; }
}
