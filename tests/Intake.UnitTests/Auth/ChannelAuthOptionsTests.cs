using Intake.Bots.Auth;

namespace Intake.UnitTests.Auth;

public sealed class ChannelAuthOptionsTests
{
    [Theory]
    [InlineData(null, ChannelAppType.MultiTenant)]
    [InlineData("", ChannelAppType.MultiTenant)]
    [InlineData("singletenant", ChannelAppType.SingleTenant)]
    [InlineData(" UserAssignedMSI ", ChannelAppType.UserAssignedMSI)]
    public void AppType_KnownNames_AnyCase(string? setting, ChannelAppType expected)
        => Assert.Equal(expected, new ChannelAuthOptions { MicrosoftAppType = setting }.AppType);

    [Theory]
    [InlineData("1")]
    [InlineData("Federated")]
    public void AppType_UnknownName_IsNone(string setting)
        => Assert.Null(new ChannelAuthOptions { MicrosoftAppType = setting }.AppType);

    [Fact]
    public void LoginUrl_SingleTenant_IsTheBotsTenant_MultiTenant_IsBotFrameworks()
    {
        var single = new ChannelAuthOptions { MicrosoftAppType = "SingleTenant", MicrosoftAppTenantId = "tenant-1" };
        var multi = new ChannelAuthOptions { MicrosoftAppType = "MultiTenant", MicrosoftAppTenantId = "tenant-1" };

        Assert.Equal("https://login.microsoftonline.com/tenant-1", single.LoginUrl);
        Assert.Equal("https://login.microsoftonline.com/botframework.com", multi.LoginUrl);
    }

    [Fact]
    public void LoginUrl_Setting_WinsForEveryType()
        => Assert.Equal("https://login.microsoftonline.us/t", new ChannelAuthOptions { MicrosoftAppType = "SingleTenant", MicrosoftAppTenantId = "x", ToChannelFromBotLoginUrl = "https://login.microsoftonline.us/t" }.LoginUrl);

    [Theory]
    [InlineData(null, "https://api.botframework.com")]
    [InlineData("https://api.botframework.us/.default", "https://api.botframework.us")]
    [InlineData("https://api.botframework.us", "https://api.botframework.us")]
    public void OAuthScope_WithoutDotDefault(string? setting, string expected)
        => Assert.Equal(expected, new ChannelAuthOptions { ToChannelFromBotOAuthScope = setting }.OAuthScope);
}
