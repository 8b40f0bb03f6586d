using System.Text.Json.Serialization;

namespace Intake.DirectLine.Tokens;

/// <summary>
/// The claims of a token, named as Azure's Direct Line names them: <c>conv</c>, <c>user</c> (Web Chat reads it as its
/// user id), <c>exp</c> (Unix seconds); and the page's <c>locale</c>.
/// </summary>
internal sealed record TokenPayload(
    [property: JsonPropertyName("conv")] string Conversation,
    [property: JsonPropertyName("user")] string User,
    [property: JsonPropertyName("exp")] long Expires,
    [property: JsonPropertyName("locale")] string? Locale);
