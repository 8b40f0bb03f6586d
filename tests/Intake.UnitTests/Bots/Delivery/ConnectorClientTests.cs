using Intake.Bots.Delivery;

namespace Intake.UnitTests.Bots.Delivery;

public sealed class ConnectorClientTests
{
    [Theory]
    [InlineData("http://localhost:58734", "conv1", "act1", "http://localhost:58734/v3/conversations/conv1/activities/act1")]
    [InlineData("https://smba.trafficmanager.net/emea/", "a:1XyZ;messageid=9", "1714", "https://smba.trafficmanager.net/emea/v3/conversations/a%3A1XyZ%3Bmessageid%3D9/activities/1714")]
    [InlineData("https://smba.trafficmanager.net/amer//", "19:abc@thread.tacv2", null, "https://smba.trafficmanager.net/amer/v3/conversations/19%3Aabc%40thread.tacv2/activities")]
    public void ActivitiesUri_AnyServiceUrlShape_OneSlashBeforeV3AndIdsEscaped(string serviceUrl, string conversationId, string? activityId, string expected)
    {
        var uri = ConnectorClient.ActivitiesUri(serviceUrl, conversationId, activityId);

        Assert.Equal(expected, uri.AbsoluteUri);
    }
}
