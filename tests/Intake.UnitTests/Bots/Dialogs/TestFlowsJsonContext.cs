using System.Text.Json.Serialization;

namespace Intake.UnitTests.Bots.Dialogs;

[JsonSerializable(typeof(ProfileValues))]
internal sealed partial class TestFlowsJsonContext : JsonSerializerContext;
