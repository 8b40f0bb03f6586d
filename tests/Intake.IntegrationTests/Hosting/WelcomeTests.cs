using Intake.IntegrationTests.Infrastructure;
using Intake.Schema;

namespace Intake.IntegrationTests.Hosting;

public sealed class WelcomeTests : IAsyncLifetime
{
    private IntakeHost _host = null!;

    public Task InitializeAsync()
    {
        _host = IntakeHost.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ConversationUpdate_UserJoins_GreetsOnceAddressedToTheUser()
    {
        var client = new BotClient(_host.Client);

        var first = await client.JoinAsync();
        var second = await client.JoinAsync();

        Assert.Equal(2, first.Count);
        var welcome = first[0];
        Assert.Equal(ActivityTypes.Message, welcome.Type);
        Assert.Equal(client.User.Id, welcome.Recipient?.Id);
        Assert.Equal(client.Bot.Id, welcome.From?.Id);
        Assert.Equal(client.ConversationId, welcome.Conversation?.Id);
        Assert.Contains("Primary Health Centers", welcome.Text, StringComparison.Ordinal);
        Assert.Contains("911", welcome.Text, StringComparison.Ordinal);
        Assert.Equal(client.User.Id, first[1].Recipient?.Id);
        Assert.Empty(second);
    }
}
