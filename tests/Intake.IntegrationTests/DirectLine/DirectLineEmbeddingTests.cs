using System.Net;
using Intake.IntegrationTests.Infrastructure;

namespace Intake.IntegrationTests.DirectLine;

/// <summary>DirectLine:AllowedOrigins: the clinic's own site may frame the page and call the token endpoint and Direct Line; other sites may not.</summary>
public sealed class DirectLineEmbeddingTests : IAsyncLifetime
{
    private const string ClinicSite = "https://www.clinic.example";
    private IntakeHost _host = null!;

    public Task InitializeAsync()
    {
        _host = IntakeHost.Start(new Dictionary<string, string?> { ["DirectLine:AllowedOrigins:0"] = ClinicSite });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/api/directline/token")]
    [InlineData("/v3/directline/conversations")]
    public async Task Preflight_FromTheClinicSite_IsAllowedWithDirectLineHeaders(string path)
    {
        using var response = await PreflightAsync(path, ClinicSite);

        Assert.Equal(ClinicSite, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("x-ms-bot-agent", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Preflight_FromAnotherSite_GetsNoPermission()
    {
        using var response = await PreflightAsync("/api/directline/token", "https://elsewhere.example");

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Page_MayBeFramedByTheClinicSiteOnly()
    {
        using var response = await _host.Client.GetAsync("/");
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));

        Assert.Contains($"frame-ancestors 'self' {ClinicSite}", policy, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("X-Frame-Options"));
    }

    [Fact]
    public async Task Start_AllowedOriginWithAPath_ExitsNamingTheSetting()
    {
        var (exitCode, output) = await HostProcess.RunUntilExitAsync(
            new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Development", ["Storage__Provider"] = "Memory", ["DirectLine__AllowedOrigins__0"] = "https://www.clinic.example/chat" },
            TimeSpan.FromSeconds(60));

        Assert.Equal(1, exitCode);
        Assert.Contains("DirectLine:AllowedOrigins", output, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> PreflightAsync(string path, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");
        var response = await _host.Client.SendAsync(request);
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        return response;
    }
}
