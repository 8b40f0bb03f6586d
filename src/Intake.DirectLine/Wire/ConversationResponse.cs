using System.Text.Json.Serialization;

namespace Intake.DirectLine.Wire;

/// <summary>Direct Line's <c>Conversation</c>: the id, the token that now authenticates everything, its lifetime and the stream.</summary>
internal sealed record ConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl = null);
