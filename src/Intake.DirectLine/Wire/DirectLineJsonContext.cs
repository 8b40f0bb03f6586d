using System.Text.Json;
using System.Text.Json.Serialization;
using Intake.DirectLine.Tokens;

namespace Intake.DirectLine.Wire;

/// <summary>The Direct Line envelopes (activities themselves go through the schema's context).</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(ConversationResponse))]
[JsonSerializable(typeof(StartRequest))]
[JsonSerializable(typeof(PageTokenResponse))]
[JsonSerializable(typeof(TokenPayload))]
internal sealed partial class DirectLineJsonContext : JsonSerializerContext;
