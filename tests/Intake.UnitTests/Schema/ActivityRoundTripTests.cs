using System.Text.Json;
using System.Text.Json.Nodes;
using Intake.Schema;

namespace Intake.UnitTests.Schema;

public sealed class ActivityRoundTripTests
{
    private static readonly string[] DateFields = ["timestamp", "localTimestamp", "expiration"];

    public static TheoryData<string> Samples() => new()
    {
        "emulator-conversation-update.json",
        "teams-message.json",
        "teams-card-submit.json",
        "webchat-message.json",
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void RoundTrip_ChannelSample_WritesBackEveryField(string file)
    {
        var original = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schema", "Samples", file));

        var activity = JsonSerializer.Deserialize(original, SchemaJsonContext.Default.Activity)!;
        var written = JsonSerializer.Serialize(activity, SchemaJsonContext.Default.Activity);

        AssertSameMeaning(JsonNode.Parse(original)!, JsonNode.Parse(written)!, "$");
    }

    [Fact]
    public void Deserialize_TeamsMessage_ReadsNamedFields()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schema", "Samples", "teams-message.json"));

        var activity = JsonSerializer.Deserialize(json, SchemaJsonContext.Default.Activity)!;

        Assert.True(activity.IsType(ActivityTypes.Message));
        Assert.Equal("a:1XyZ;messageid=1714599012345", activity.Conversation?.Id);
        Assert.Equal("personal", activity.Conversation?.ConversationType);
        Assert.Equal("28:00000000-aaaa-bbbb-cccc-dddddddddddd", activity.Entities?[0].Mentioned?.Id);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 21, 30, 12, TimeSpan.Zero).AddTicks(3456789), activity.Timestamp);
        Assert.Equal("Europe/Berlin", activity.Entities?[1].ExtensionData?["timezone"].GetString());
    }

    [Theory]
    [InlineData(0L, "2024-05-01T21:30:10Z")]
    [InlineData(1_000_000L, "2024-05-01T21:30:10.1Z")]
    [InlineData(1_230_000L, "2024-05-01T21:30:10.123Z")]
    [InlineData(1_234_567L, "2024-05-01T21:30:10.1234567Z")]
    [InlineData(10L, "2024-05-01T21:30:10.000001Z")]
    public void Serialize_UtcTimestamp_EndsInZWithoutTrailingZeros(long ticks, string expected)
    {
        var reply = new Activity { Timestamp = new DateTimeOffset(2024, 5, 1, 21, 30, 10, TimeSpan.Zero).AddTicks(ticks) };

        var json = JsonSerializer.Serialize(reply, SchemaJsonContext.Default.Activity);

        Assert.Equal($$"""{"timestamp":"{{expected}}"}""", json);
        Assert.Equal(reply.Timestamp, JsonSerializer.Deserialize(json, SchemaJsonContext.Default.Activity)!.Timestamp);
    }

    [Fact]
    public void Serialize_LocalTimestamp_KeepsItsOffset()
    {
        var reply = new Activity { LocalTimestamp = new DateTimeOffset(2024, 5, 1, 16, 30, 10, TimeSpan.FromHours(-5)) };

        Assert.Equal("""{"localTimestamp":"2024-05-01T16:30:10-05:00"}""", JsonSerializer.Serialize(reply, SchemaJsonContext.Default.Activity));
    }

    [Fact]
    public void Serialize_ReplyWithoutOptionalFields_LeavesNullsOutAndUsesCamelCase()
    {
        var reply = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "hi",
            Conversation = new ConversationAccount { Id = "c1" },
            Timestamp = new DateTimeOffset(2024, 5, 1, 21, 30, 12, TimeSpan.Zero),
            InputHint = InputHints.ExpectingInput,
        };

        var json = JsonSerializer.Serialize(reply, SchemaJsonContext.Default.Activity);

        Assert.Equal("""{"type":"message","timestamp":"2024-05-01T21:30:12Z","conversation":{"id":"c1"},"text":"hi","inputHint":"expectingInput"}""", json);
    }

    [Fact]
    public void Deserialize_KeysInOtherCase_AreRead()
    {
        var activity = JsonSerializer.Deserialize("""{"Type":"message","CONVERSATION":{"ID":"c"},"text":"x"}""", SchemaJsonContext.Default.Activity)!;

        Assert.Equal("message", activity.Type);
        Assert.Equal("c", activity.Conversation?.Id);
    }

    private static void AssertSameMeaning(JsonNode expected, JsonNode actual, string path)
    {
        switch (expected)
        {
            case JsonObject expectedObject:
                var actualObject = Assert.IsType<JsonObject>(actual);
                var expectedKeys = expectedObject.Where(p => p.Value is not null).Select(p => p.Key).Order().ToArray();
                var actualKeys = actualObject.Select(p => p.Key).Order().ToArray();
                Assert.True(expectedKeys.SequenceEqual(actualKeys), $"{path}: keys [{string.Join(",", expectedKeys)}] were written as [{string.Join(",", actualKeys)}]");
                foreach (var key in expectedKeys)
                {
                    if (DateFields.Contains(key))
                    {
                        Assert.Equal(DateTimeOffset.Parse(expectedObject[key]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.Parse(actualObject[key]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
                        continue;
                    }

                    AssertSameMeaning(expectedObject[key]!, actualObject[key]!, $"{path}.{key}");
                }

                break;
            case JsonArray expectedArray:
                var actualArray = Assert.IsType<JsonArray>(actual);
                Assert.Equal(expectedArray.Count, actualArray.Count);
                for (var i = 0; i < expectedArray.Count; i++)
                {
                    if (expectedArray[i] is null)
                    {
                        Assert.Null(actualArray[i]);
                        continue;
                    }

                    AssertSameMeaning(expectedArray[i]!, actualArray[i]!, $"{path}[{i}]");
                }

                break;
            default:
                Assert.True(JsonNode.DeepEquals(expected, actual), $"{path}: {expected.ToJsonString()} was written as {actual.ToJsonString()}");
                break;
        }
    }
}
