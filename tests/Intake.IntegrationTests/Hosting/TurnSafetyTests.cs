using Intake.IntegrationTests.Infrastructure;

namespace Intake.IntegrationTests.Hosting;

public sealed class TurnSafetyTests(ProtocolHostFixture fixture) : IClassFixture<ProtocolHostFixture>
{
    [Fact]
    public async Task Turn_BotThrows_PatientToldInTheirLanguageAndNextTurnWorks()
    {
        var client = new BotClient(fixture.Host.Client, locale: "es-MX");
        await client.SayAsync("one");

        var failed = await client.SayAsync("boom");
        var next = await client.SayAsync("two");

        var apology = Assert.Single(failed);
        Assert.Contains("salió mal", apology.Text, StringComparison.Ordinal);
        Assert.Equal("count 2", Assert.Single(next).Text);
    }

    [Fact]
    public async Task Turns_TwentyConcurrentToOneConversation_RunOneAtATimeAndNoneIsLost()
    {
        var client = new BotClient(fixture.Host.Client);

        var replies = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => client.SayAsync($"message {i}")));

        var counts = replies.Select(r => Assert.Single(r).Text).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"count {i}").Order(StringComparer.Ordinal), counts);
        Assert.Equal(1, fixture.Bot.MaxConcurrentTurns);
    }
}
