using System.Net;
using System.Text;
using System.Text.Json;

namespace Intake.IntegrationTests.Hosting;

public sealed class BadInputTests(ProtocolHostFixture fixture) : IClassFixture<ProtocolHostFixture>
{
    private const string Valid = """{"type":"message","id":"1","channelId":"emulator","conversation":{"id":"bad-input"},"from":{"id":"u"},"recipient":{"id":"b"},"serviceUrl":"http://localhost:1","text":"hi"}""";

    public static TheoryData<string, string, HttpStatusCode, string> Cases() => new()
    {
        { "{\"type\":\"message\",", "application/json", HttpStatusCode.BadRequest, "not a valid activity" },
        { "", "application/json", HttpStatusCode.BadRequest, "no body" },
        { "null", "application/json", HttpStatusCode.BadRequest, "null" },
        { "[1,2]", "application/json", HttpStatusCode.BadRequest, "not a valid activity" },
        { """{"conversation":{"id":"c"},"serviceUrl":"http://localhost:1"}""", "application/json", HttpStatusCode.BadRequest, "'type'" },
        { """{"type":"message","serviceUrl":"http://localhost:1"}""", "application/json", HttpStatusCode.BadRequest, "'conversation.id'" },
        { """{"type":"message","conversation":{"id":"c"}}""", "application/json", HttpStatusCode.BadRequest, "'serviceUrl'" },
        { """{"type":"message","conversation":{"id":"c"},"serviceUrl":"ftp://x"}""", "application/json", HttpStatusCode.BadRequest, "http(s)" },
        { """{"type":"message","conversation":{"id":"c"},"serviceUrl":"http://localhost:1","timestamp":"yesterday"}""", "application/json", HttpStatusCode.BadRequest, "not a valid activity" },
        { Valid, "text/plain", HttpStatusCode.UnsupportedMediaType, "application/json" },
        { Valid.Replace("\"text\":\"hi\"", "\"value\":{\"choice\":\"\\ud800\"}", StringComparison.Ordinal), "application/json", HttpStatusCode.BadRequest, "not valid Unicode" },
        { Valid.Replace("\"text\":\"hi\"", "\"value\":{\"command\":\"help\\udfff\"}", StringComparison.Ordinal), "application/json", HttpStatusCode.BadRequest, "not valid Unicode" },
        { Valid.Replace("\"text\":\"hi\"", "\"value\":{\"msteams\":{\"text\":\"\\udc00x\"}}", StringComparison.Ordinal), "application/json", HttpStatusCode.BadRequest, "not valid Unicode" },
        { Valid.Replace("\"text\":\"hi\"", "\"channelData\":{\"\\ud83d\":1}", StringComparison.Ordinal), "application/json", HttpStatusCode.BadRequest, "not valid Unicode" },
        { Valid.Replace("\"text\":\"hi\"", "\"futureField\":[\"\\ud800\\ud800\"]", StringComparison.Ordinal), "application/json", HttpStatusCode.BadRequest, "not valid Unicode" },
        { Valid.Replace("\"type\":\"message\"", "\"type\":\"conversationUpdate\",\"membersAdded\":[null]", StringComparison.Ordinal), "application/json", HttpStatusCode.BadRequest, "'membersAdded' holds a null member" },
        { Valid.Replace("\"text\":\"hi\"", "\"entities\":[{\"type\":\"x\"},null]", StringComparison.Ordinal), "application/json", HttpStatusCode.BadRequest, "'entities' holds a null member" },
        { Valid.Replace("\"text\":\"hi\"", "\"attachments\":[null]", StringComparison.Ordinal), "application/json", HttpStatusCode.BadRequest, "'attachments' holds a null member" },
        { Valid.Replace("\"id\":\"bad-input\"", "\"id\":\"c\\r\\nforged\"", StringComparison.Ordinal), "application/json", HttpStatusCode.BadRequest, "'conversation.id' holds a control character" },
        { Valid.Replace("\"id\":\"1\"", "\"id\":\"1\\u0000\"", StringComparison.Ordinal), "application/json", HttpStatusCode.BadRequest, "'id' holds a control character" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Post_BadInput_AnswersClient4xxWithReason(string body, string contentType, HttpStatusCode expected, string reason)
    {
        using var content = new StringContent(body, Encoding.UTF8, contentType);

        using var response = await fixture.Host.Client.PostAsync("/api/messages", content);

        Assert.Equal(expected, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(reason, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"value\":{\"choice\":\"\\ud83d\\ude00\"}")]
    [InlineData("\"value\":{\"choice\":\"espa\u00f1ol \ud83d\ude00\"}")]
    public async Task Post_ValidUnicodeInValue_IsATurn(string field)
    {
        using var content = new StringContent(Valid.Replace("\"text\":\"hi\"", field, StringComparison.Ordinal).Replace("\"serviceUrl\"", "\"deliveryMode\":\"expectReplies\",\"serviceUrl\"", StringComparison.Ordinal), Encoding.UTF8, "application/json");

        using var response = await fixture.Host.Client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_Answers413()
    {
        var text = new string('a', 300_000);
        using var content = new StringContent(Valid.Replace("\"hi\"", $"\"{text}\"", StringComparison.Ordinal), Encoding.UTF8, "application/json");

        using var response = await fixture.Host.Client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_ChunkedBodyOverTheLimit_Answers413()
    {
        var text = new string('a', 300_000);
        using var content = new PushStreamContent(Valid.Replace("\"hi\"", $"\"{text}\"", StringComparison.Ordinal));

        using var response = await fixture.Host.Client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_AuthorizationHeaderWithoutAppId_Answers401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(Valid, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new("Bearer", "eyJhbGciOiJSUzI1NiJ9.e30.c2ln");

        using var response = await fixture.Host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("MicrosoftAppId", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Messages_Answers405()
    {
        using var response = await fixture.Host.Client.GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    /// <summary>A body sent without Content-Length (chunked), so only reading can find it too large.</summary>
    private sealed class PushStreamContent : HttpContent
    {
        private readonly string _body;

        public PushStreamContent(string body)
        {
            _body = body;
            Headers.ContentType = new("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            var bytes = Encoding.UTF8.GetBytes(_body);
            for (var offset = 0; offset < bytes.Length; offset += 8192)
            {
                await stream.WriteAsync(bytes.AsMemory(offset, Math.Min(8192, bytes.Length - offset)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}
