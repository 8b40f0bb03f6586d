using System.Net;
using Intake.IntegrationTests.Infrastructure;
using Intake.Schema;

namespace Intake.IntegrationTests.Auth;

/// <summary>The issuers' keys: fetched once and reused, fetched again once for a new key id, and failing closed while the issuer is down.</summary>
public sealed class ChannelKeyRefreshTests
{
    private const string TeamsServiceUrl = "https://smba.trafficmanager.net/amer/";

    [Fact]
    public async Task KeyRollover_NewKid_OneRefreshThenAccepted_AndAnotherUnknownKidIsRateLimited()
    {
        await using var auth = await AuthHost.StartAsync();
        Assert.Equal(HttpStatusCode.OK, await PostAsync(auth, auth.Issuer.ChannelKey));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(auth, auth.Issuer.ChannelKey));
        Assert.Equal(1, auth.Issuer.KeyFetches("botframework"));

        using var rolled = SigningKey.Create("msteams");
        auth.Issuer.Publish("botframework", rolled);
        var afterRollover = await PostAsync(auth, rolled);
        using var unknown = SigningKey.Create("msteams");
        var afterUnknown = await PostAsync(auth, unknown);

        Assert.Equal(HttpStatusCode.OK, afterRollover);
        Assert.Equal(HttpStatusCode.Unauthorized, afterUnknown);
        Assert.Equal(2, auth.Issuer.KeyFetches("botframework"));
    }

    [Fact]
    public async Task IssuerDown_FailsClosedWith401_ThenRecoversWhenItReturns()
    {
        var issuer = await LocalOpenIdIssuer.StartAsync();
        issuer.Down = true;
        await using var auth = await AuthHost.StartAsync(new Dictionary<string, string?> { ["Bot:ChannelKeys:FailedFetchRetryInterval"] = "00:00:00.500" }, issuer: issuer);

        var whileDown = await PostAsync(auth, auth.Issuer.ChannelKey);
        var rightAfter = await PostAsync(auth, auth.Issuer.ChannelKey);
        var fetchesWhileDown = auth.Issuer.MetadataFetches("botframework");
        issuer.Down = false;
        await Task.Delay(TimeSpan.FromMilliseconds(700));
        var afterReturn = await PostAsync(auth, auth.Issuer.ChannelKey);

        Assert.Equal(HttpStatusCode.Unauthorized, whileDown);
        Assert.Equal(HttpStatusCode.Unauthorized, rightAfter);
        Assert.Equal(1, fetchesWhileDown);
        Assert.Equal(HttpStatusCode.OK, afterReturn);
    }

    private static async Task<HttpStatusCode> PostAsync(AuthHost auth, SigningKey key)
    {
        var client = new BotClient(auth.Host.Client, "msteams") { ServiceUrl = TeamsServiceUrl };
        var token = ChannelTokens.Sign(key, ChannelTokens.BotFramework(auth.AppId, TeamsServiceUrl));
        using var response = await auth.PostAsync(client.Build(ActivityTypes.Message) with { Text = "hello" }, token);
        return response.StatusCode;
    }
}
