using System.Text.Json.Serialization;

namespace Intake.DirectLine.Wire;

/// <summary>What the clinic's page gets from <c>POST /api/directline/token</c>: a token, its conversation, and where Direct Line is.</summary>
internal sealed record PageTokenResponse(
    string Token,
    string ConversationId,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string Domain);
