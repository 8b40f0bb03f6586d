using System.Text.Json.Serialization;

namespace Intake.IntegrationTests.Fuzz;

/// <summary>Writes the fuzz generator's strings as JSON (escapes included) without reflection.</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class FuzzJsonContext : JsonSerializerContext;
