using System.Net.Http.Headers;
using Intake.IntegrationTests.EndToEnd;
using Intake.IntegrationTests.Infrastructure;

namespace Intake.IntegrationTests.Auth;

/// <summary>A whole intake over signed traffic shaped like the Emulator's with credentials.</summary>
public sealed class SignedIntakeTests(AuthHostFixture fixture) : IClassFixture<AuthHostFixture>
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task EmulatorWithCredentials_CompletesAnIntake(bool v2)
    {
        var auth = fixture.Auth;
        var claims = v2 ? ChannelTokens.EmulatorV2(auth.AppId) : ChannelTokens.EmulatorV1(auth.AppId);
        using var http = new HttpClient { BaseAddress = auth.Host.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ChannelTokens.Sign(auth.Issuer.EntraKey, claims));
        var client = new BotClient(http) { ServiceUrl = "http://localhost:53117" };

        var result = await IntakeScript.CompleteAsync(client);

        Assert.Contains(result, r => r.ChannelData is { } data && data.TryGetProperty("intake", out var intake) && intake.TryGetProperty("careLevel", out _));
    }
}
