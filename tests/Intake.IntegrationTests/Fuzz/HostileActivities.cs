using System.Globalization;
using System.Text;

namespace Intake.IntegrationTests.Fuzz;

/// <summary>
/// A seeded generator of malformed and hostile <c>/api/messages</c> bodies: every field with wrong types,
/// huge and deep JSON, unicode edge cases (lone surrogates, controls, bidi, emoji), every activity type,
/// card submits with odd shapes, hostile serviceUrls, broken JSON and bytes. The same seed gives the same run.
/// </summary>
internal sealed class HostileActivities(int seed, string serviceUrl)
{
    private static readonly string[] Types =
    [
        "message", "message", "message", "conversationUpdate", "invoke", "event", "typing", "messageReaction",
        "messageUpdate", "messageDelete", "endOfConversation", "installationUpdate", "trace", "handoff", "deleteUserData", "", "MESSAGE", "x\r\ny",
    ];

    private static readonly string[] HostileServiceUrls =
    [
        "http://localhost:3979", "http://127.0.0.1:9", "http://2130706433/", "http://0x7f000001/", "http://127.1/", "http://[::1]:9/",
        "https://user:pw@smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/amer/?a=b", "https://smba.trafficmanager.net/#f",
        "https://evil.example.com/", "ftp://x/", "javascript:alert(1)", "//no-scheme", "http://", "https://[::1", "http://a:0/", "http://a:99999/",
        "file:///etc/passwd", "",
    ];

    private static readonly string[] Texts =
    [
        "hi", "yes", "no", "help", "start over", "delete my data", "español", "talk to someone", "7", "-1", "1e309", "NaN",
        "I have crushing chest pain", "\u202eevil\u202c", "zero\u200bwidth", "\ud83d\ude00\ud83d\udc4d", "a\r\nFORGED log line", "\u0000\u0001\u001f",
        "\ufeffbom", "\u0301combining", "\ufffd", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "١٢٣", "\u2028line\u2029",
    ];

    private readonly Random _random = new(seed);

    /// <summary>The next body, its content type, and whether it is an invoke (which may answer 501).</summary>
    public (byte[] Body, string ContentType) Next(int index)
    {
        var roll = _random.Next(100);
        if (roll < 4)
        {
            return (BrokenBytes(), "application/json");
        }

        var json = Activity(index);
        var contentType = roll < 6 ? Pick(["text/plain", "application/xml", "", "application/json; charset=utf-16", "application/vnd.api+json"]) : "application/json";
        return (Encoding.UTF8.GetBytes(json), contentType);
    }

    // Half the activities are plausible (the fields a turn needs, with the right types, hostile content),
    // so turns run; the other half put any JSON anywhere, so the reader's refusals are tried.
    private string Activity(int index)
    {
        var chaos = _random.Next(2) == 0;
        var present = chaos ? 85 : 100;
        string Typed(Func<string> good) => chaos && _random.Next(3) == 0 ? AnyJson() : good();
        var fields = new List<string>();
        Maybe(present, () => fields.Add($"\"type\":{Typed(() => Str(Pick(Types)))}"));
        Maybe(present - 5, () => fields.Add($"\"id\":{Typed(() => OneOf(() => Str($"f{index}"), () => Str(Pick(Texts) + index)))}"));
        Maybe(present, () => fields.Add($"\"conversation\":{Typed(() => $"{{\"id\":{Str(ConversationId(index))}}}")}"));
        Maybe(present - 5, () => fields.Add($"\"from\":{Typed(() => $"{{\"id\":{Str("user-" + (index % 50))}}}")}"));
        Maybe(present - 10, () => fields.Add($"\"recipient\":{Typed(() => "{\"id\":\"bot-1\"}")}"));
        Maybe(present, () => fields.Add($"\"channelId\":{Typed(() => Str(Pick(["emulator", "msteams", "directline", "webchat", "slack", ""])))}"));
        Maybe(present, () => fields.Add($"\"serviceUrl\":{Typed(() => _random.Next(chaos ? 3 : 8) == 0 ? Str(Pick(HostileServiceUrls)) : Str(serviceUrl))}"));
        Maybe(present - 20, () => fields.Add($"\"deliveryMode\":{Typed(() => Str(Pick(["expectReplies", "expectReplies", "normal", "garbage"])))}"));
        Maybe(70, () => fields.Add($"\"text\":{Typed(() => _random.Next(50) == 0 ? Str(new string('a', Pick([1000, 70_000, 300_000]))) : Str(_random.Next(3) == 0 ? RandomText(40) : Pick(Texts)))}"));
        Maybe(30, () => fields.Add($"\"value\":{OneOf(CardValue, CardValue, AnyJson)}"));
        Maybe(20, () => fields.Add($"\"channelData\":{OneOf(() => "{\"intake\":{\"step\":\"consent\"}}", AnyJson)}"));
        Maybe(20, () => fields.Add($"\"membersAdded\":{Typed(() => Pick(["[{\"id\":\"user-1\"},{\"id\":\"bot-1\"}]", "[null]", "[{}]", "[]"]))}"));
        Maybe(5, () => fields.Add($"\"membersRemoved\":{Typed(() => "[{\"id\":\"user-1\"}]")}"));
        Maybe(15, () => fields.Add($"\"locale\":{Typed(() => Str(Pick(["en-US", "es-ES", "xx", "", "en-US\r\n", new string('e', 500)])))}"));
        Maybe(10, () => fields.Add($"\"entities\":{Typed(() => "[{\"type\":\"clientInfo\",\"locale\":\"en-US\"}]")}"));
        Maybe(10, () => fields.Add($"\"attachments\":{Typed(() => "[{\"contentType\":\"image/png\",\"contentUrl\":\"http://127.0.0.1:9/x\"}]")}"));
        Maybe(10, () => fields.Add($"\"timestamp\":{Typed(() => Str(Pick(["2026-12-01T10:00:00Z", "yesterday"])))}"));
        Maybe(10, () => fields.Add($"\"name\":{Typed(() => Str(Pick(["probe/ping", "signin/verifyState", "adaptiveCard/action", "composeExtension/query"])))}"));
        Maybe(10, () => fields.Add($"{Str(RandomText(8))}:{AnyJson()}"));
        Maybe(3, () => fields.Add($"\"deep\":{new string('[', 70)}{new string(']', 70)}"));
        Shuffle(fields);
        return "{" + string.Join(',', fields) + "}";
    }

    private string ConversationId(int index) => _random.Next(20) switch
    {
        0 => "c\r\n2026-12-01 info: FORGED line",
        1 => new string('z', 5000),
        2 => "a:1XyZ;messageid=" + index,
        3 => "\ud83d\ude00 " + index,
        4 => "../../etc/passwd",
        _ => "fuzz-" + (index % 200).ToString(CultureInfo.InvariantCulture),
    };

    private string CardValue() => _random.Next(8) switch
    {
        0 => $"{{\"choice\":{OneOf(() => Str(Pick(["yes", "no", "legs,back", "", "\\ud800"])), AnyJson)}}}",
        1 => $"{{\"choices\":{OneOf(() => "[\"legs\",null,5,{}]", AnyJson)}}}",
        2 => $"{{\"command\":{OneOf(() => Str(Pick(["help", "startOver", "delete", "\\udfff", ""])), AnyJson)}}}",
        3 => $"{{\"msteams\":{OneOf(() => $"{{\"type\":\"imBack\",\"value\":{Str(Pick(Texts))}}}", () => "{\"text\":\"\\ud800\"}", AnyJson)}}}",
        4 => Str("yes"),
        _ => AnyJson(),
    };

    private string AnyJson() => AnyJson(0);

    private string AnyJson(int depth) => _random.Next(depth > 4 ? 6 : 9) switch
    {
        0 => "null",
        1 => Pick(["true", "false"]),
        2 => Pick(["0", "-1", "1e400", "123456789012345678901234567890", "0.5", "-0"]),
        3 => Str(Pick(Texts)),
        4 => Str(Pick(["\\ud800", "\\udfff\\ud800", "a\\u0000b", "\\u202e", "\\ud83d\\ude00"]), escaped: true),
        5 => Str(RandomText(12)),
        6 => "[" + string.Join(',', Enumerable.Range(0, _random.Next(4)).Select(_ => AnyJson(depth + 1))) + "]",
        _ => "{" + string.Join(',', Enumerable.Range(0, _random.Next(4)).Select(_ => $"{Str(Pick(["id", "choice", "command", "msteams", "text", "value", "intake", "", "\\ud800"]), escaped: true)}:{AnyJson(depth + 1)}")) + "}",
    };

    private byte[] BrokenBytes() => _random.Next(5) switch
    {
        0 => Encoding.UTF8.GetBytes("{\"type\":\"message\","),
        1 => [0xFF, 0xFE, 0x7B, 0x7D],
        2 => Encoding.UTF8.GetBytes("{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"http://x\",\"text\":\"").Concat(new byte[] { 0xC3, 0x28, 0xED, 0xA0, 0x80 }).Concat("\"}"u8.ToArray()).ToArray(),
        3 => Encoding.UTF8.GetBytes("[" + new string('{', 10) + "]"),
        _ => Encoding.UTF8.GetBytes(new string(' ', _random.Next(3))),
    };

    private string RandomText(int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(_random.Next(6) switch
            {
                0 => (char)_random.Next(0, 0x20),
                1 => (char)_random.Next(0x80, 0x800),
                2 => "\ud83d\ude00",
                3 => (char)_random.Next(0x2000, 0x2070),
                _ => (char)_random.Next('a', 'z' + 1),
            });
        }

        return builder.ToString();
    }

    private static string Str(string value, bool escaped = false)
        => escaped ? $"\"{value}\"" : System.Text.Json.JsonSerializer.Serialize(value, FuzzJsonContext.Default.String);

    private string OneOf(params Func<string>[] choices) => choices[_random.Next(choices.Length)]();

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private void Maybe(int percent, Action add)
    {
        if (_random.Next(100) < percent)
        {
            add();
        }
    }

    private void Shuffle(List<string> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
