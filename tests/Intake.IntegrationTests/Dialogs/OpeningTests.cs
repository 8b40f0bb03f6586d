using System.Text;
using System.Text.Json;
using Intake.Bots.State;
using Intake.IntegrationTests.Infrastructure;
using Intake.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.IntegrationTests.Dialogs;

public sealed class OpeningTests : IAsyncLifetime
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

    [Fact]
    public async Task ConsentNo_AfterTheWelcome_SaysNothingWillBeKeptAndGoesOnToTheSafetyCheck()
    {
        var client = new BotClient(_host.Client);
        await client.JoinAsync();

        var replies = await client.SayAsync("no");

        Assert.StartsWith("That's OK. I won't keep your answers.", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal("emergency", Step(replies[^1]));
    }

    [Fact]
    public async Task State_AfterTheOpening_StaysWellWithinFourKilobytes()
    {
        var client = new BotClient(_host.Client);
        await client.JoinAsync();
        await client.SayAsync("yes");
        await client.SayAsync("none of these");

        var stored = await StoredAsync(client);

        Assert.NotNull(stored);
        Assert.InRange(stored.Length, 1, 1024);
        Assert.Contains("\"step\":\"age\"", stored, StringComparison.Ordinal);
        Assert.Contains("\"emergency\":[\"none\"]", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConversationUpdate_TeamsListsOnlyTheBot_WaitsForThePersonBeforeGreeting()
    {
        var client = new BotClient(_host.Client, Channels.MsTeams);

        var botOnly = await client.SendAsync(client.Build(ActivityTypes.ConversationUpdate) with { MembersAdded = [client.Bot] });
        var person = await client.SendAsync(client.Build(ActivityTypes.ConversationUpdate) with { MembersAdded = [client.User] });

        Assert.Empty(botOnly);
        Assert.Equal(2, person.Count);
        Assert.Contains("911", person[0].Text, StringComparison.Ordinal);
        Assert.Equal("consent", Step(person[1]));
    }

    [Fact]
    public async Task FirstMessage_NeverGreeted_GreetsAndAsksForConsentInsteadOfTakingItAsAnAnswer()
    {
        var client = new BotClient(_host.Client);

        var replies = await client.SayAsync("yes");
        var next = await client.SayAsync("yes");

        Assert.Contains("911", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal("consent", Step(replies[1]));
        Assert.Equal("emergency", Step(next.Single()));
    }

    [Fact]
    public async Task EmergencyQuestion_OnEveryChannel_CarriesItsStepAndAllSevenChoices()
    {
        var client = new BotClient(_host.Client);
        await client.JoinAsync();

        var question = (await client.SayAsync("yes")).Single();

        Assert.Equal("emergency", Step(question));
        var card = question.Attachments!.Single().Content!.Value;
        var choices = card.GetProperty("body")[1].GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString());
        Assert.Equal(Intake.Dialogs.Answers.AnswerCodes.Emergency, choices);
        Assert.StartsWith("First, a safety check.", question.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reprompt_AfterAMiss_CarriesTheSameStep()
    {
        var client = new BotClient(_host.Client);
        await client.JoinAsync();

        var retry = (await client.SayAsync("what is this")).Single();

        Assert.Equal("consent", Step(retry));
        Assert.StartsWith("Please answer yes or no.", retry.Text, StringComparison.Ordinal);
    }

    private async Task<string?> StoredAsync(BotClient client)
    {
        var storage = _host.Services.GetRequiredService<IStorage>();
        var item = await storage.ReadAsync(StateKeys.Conversation(client.ChannelId, client.ConversationId), CancellationToken.None);
        return item is null ? null : Encoding.UTF8.GetString(item.Value.Span);
    }

    private static string? Step(Activity reply)
        => reply.ChannelData is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("intake", out var intake)
            ? intake.GetProperty("step").GetString()
            : null;
}
