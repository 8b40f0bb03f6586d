using System.Text.Json.Serialization;

namespace Intake.UnitTests.Bots.State;

[JsonSerializable(typeof(ScopeTestNote))]
internal sealed partial class ScopeTestJsonContext : JsonSerializerContext;
