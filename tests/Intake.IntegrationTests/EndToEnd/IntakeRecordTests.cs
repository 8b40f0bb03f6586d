using Intake.Bots.State;
using Intake.Dialogs.Records;
using Intake.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.IntegrationTests.EndToEnd;

/// <summary>What is kept (INTAKE.md §6): with consent a record of codes; "delete my data" erases it and the state.</summary>
public sealed class IntakeRecordTests : IAsyncLifetime
{
    private IntakeHost _host = null!;

    private IntakeRecordStore Records => _host.Services.GetRequiredService<IntakeRecordStore>();

    private IStorage Storage => _host.Services.GetRequiredService<IStorage>();

    public Task InitializeAsync()
    {
        _host = IntakeHost.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task FullIntake_WithConsent_KeepsOneRecordOfCodesUnderAnOpaqueId()
    {
        var client = new BotClient(_host.Client);

        await IntakeScript.CompleteAsync(client);

        var record = Assert.Single(await Records.ListAsync(OpaqueUserId.For(client.ChannelId, client.User.Id!), CancellationToken.None));
        Assert.Equal("urgent", record.CareLevel);
        Assert.Equal(["nerve-signs-worsening"], record.RuleIds);
        Assert.Equal("emulator", record.ChannelId);
        Assert.Equal(["back", "legs"], record.Answers.Locations);
        Assert.Equal(["fatigue", "heat"], record.Answers.Triggers);
        Assert.Equal(8, record.Answers.Intensity);
        Assert.DoesNotContain(client.User.Id!, record.User, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteMyData_Confirmed_ErasesRecordsAndConversationState()
    {
        var client = new BotClient(_host.Client);
        await IntakeScript.CompleteAsync(client);
        var user = OpaqueUserId.For(client.ChannelId, client.User.Id!);

        await client.SayAsync("delete my data");
        var done = await client.SayAsync("yes");

        Assert.Contains(done, r => r.Text?.Contains("I deleted your saved answers", StringComparison.Ordinal) == true);
        Assert.Empty(await Records.ListAsync(user, CancellationToken.None));
        Assert.Null(await Storage.ReadAsync(IntakeRecordStore.IndexKey(user), CancellationToken.None));
        Assert.Equal(StoredConversation.Forgotten, await StoredConversation.SlotsAsync(Storage, client));
    }

    [Fact]
    public async Task ConsentDeclined_WholeIntake_GetsTheResultAndNothingIsKept()
    {
        var client = new BotClient(_host.Client);
        await client.JoinAsync();

        await client.SayAsync("no");
        foreach (var text in new[] { "none", "45", "my calf", "a few seconds", "a few days", "no", "3", "tight muscles", "when I'm hot", "none", "none", "none" })
        {
            await client.SayAsync(text);
        }

        var result = await client.SayAsync("yes");

        Assert.Contains(result, r => r.ChannelData is { } data && data.TryGetProperty("intake", out var intake) && intake.TryGetProperty("careLevel", out _));
        Assert.Contains(result, r => r.Text?.StartsWith("As you asked, I did not keep your answers.", StringComparison.Ordinal) == true);
        Assert.Empty(await Records.ListAsync(OpaqueUserId.For(client.ChannelId, client.User.Id!), CancellationToken.None));
        Assert.Equal(StoredConversation.EndedWithoutKeeping, await StoredConversation.SlotsAsync(Storage, client));
    }

    [Fact]
    public async Task EmergencyTypedMidIntake_WithConsent_IsKeptAsEmergency()
    {
        var client = new BotClient(_host.Client);
        await client.JoinAsync();
        await client.SayAsync("yes");
        await client.SayAsync("none");

        var replies = await client.SayAsync("my calf is swollen and red");

        Assert.StartsWith("You mentioned a swollen, red, warm calf", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains(replies, r => r.Text?.StartsWith("Please get help now: call 911", StringComparison.Ordinal) == true);
        var record = Assert.Single(await Records.ListAsync(OpaqueUserId.For(client.ChannelId, client.User.Id!), CancellationToken.None));
        Assert.Equal("emergency", record.CareLevel);
        Assert.Equal(["calf-clot"], record.Answers.Emergency);
    }

    [Fact]
    public async Task SignHeardThenCorrected_WithConsent_FinalRecordKeepsBothTheSignHeardAndTheCorrection()
    {
        var client = new BotClient(_host.Client);
        await client.JoinAsync();
        await client.SayAsync("yes");
        await client.SayAsync("none");
        await client.SayAsync("45");
        await client.SayAsync("my chest hurts");

        await client.SayAsync("I don't have that");
        foreach (var text in new[] { "my calf", "a few seconds", "a few days", "no", "3", "tight muscles", "when I'm hot", "none", "none", "none" })
        {
            await client.SayAsync(text);
        }

        await client.SayAsync("yes");

        var records = await Records.ListAsync(OpaqueUserId.For(client.ChannelId, client.User.Id!), CancellationToken.None);
        var final = records.Single(r => r.CareLevel != "emergency");
        Assert.Equal(["none"], final.Answers.Emergency);
        Assert.Equal(["breathing-chest"], final.Answers.Corrected);
        Assert.Contains(records, r => r.CareLevel == "emergency" && r.Answers.Emergency is ["breathing-chest"]);
    }
}
