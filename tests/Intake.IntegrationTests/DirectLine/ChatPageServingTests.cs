using System.Net;
using Intake.IntegrationTests.Infrastructure;

namespace Intake.IntegrationTests.DirectLine;

/// <summary>The page at <c>/</c>: served by this host with Web Chat beside it, under a policy that allows this host only and no inline script.</summary>
public sealed class ChatPageServingTests : IAsyncLifetime
{
    private IntakeHost _host = null!;

    public Task InitializeAsync()
    {
        _host = IntakeHost.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Root_ServesThePageWithAStrictContentSecurityPolicy()
    {
        using var response = await _host.Client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Contains("tel:+17033548111", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<script(?![^>]*\\ssrc=\"/)", html);
        Assert.DoesNotContain("http", System.Text.RegularExpressions.Regex.Replace(html, "<a [^>]*>", string.Empty), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task WebChatBundle_IsServedByThisHost()
    {
        using var response = await _host.Client.GetAsync("/lib/webchat.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Content.Headers.ContentLength > 1_000_000);
    }
}
