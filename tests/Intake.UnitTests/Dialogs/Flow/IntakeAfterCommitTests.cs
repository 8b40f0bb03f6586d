using Intake.Dialogs;
using Intake.Dialogs.Records;
using Intake.UnitTests.Bots.Dialogs;

namespace Intake.UnitTests.Dialogs.Flow;

/// <summary>
/// What the intake does outside its state (keep a record, erase the records) happens once, after the state
/// is saved: the real bot on the real adapter, with one turn's state save refused so the turn is run again.
/// </summary>
public sealed class IntakeAfterCommitTests
{
    private static readonly string[] ToTheSummary =
        ["yes", "none", "40", "back", "seconds", "first time", "no", "2", "none", "didn't stretch", "none", "none", "none"];

    private readonly ConflictOnceStorage _storage = new();
    private readonly DialogHarness _harness;
    private readonly IntakeRecordStore _records;

    public IntakeAfterCommitTests()
    {
        _harness = DialogHarness.ForBot(c => new IntakeBot(TestIntakeFlow.Create(c, _storage)), IntakeContent.Catalog, storage: _storage);
        _records = new IntakeRecordStore(_storage);
    }

    private string User => OpaqueUserId.For(_harness.ChannelId, _harness.User.Id!);

    private async Task ToTheSummaryAsync()
    {
        await _harness.JoinAsync();
        foreach (var answer in ToTheSummary)
        {
            await _harness.SayAsync(answer);
        }
    }

    [Fact]
    public async Task ResultTurn_StateSaveConflictsOnce_KeepsExactlyOneRecord()
    {
        await ToTheSummaryAsync();
        _storage.ConflictOnNextConversationSave();

        var replies = await _harness.SayAsync("yes");

        Assert.Equal(1, _storage.Conflicts);
        Assert.Single(replies, r => r.ChannelData?.GetRawText().Contains("\"careLevel\"", StringComparison.Ordinal) == true);
        var record = Assert.Single(await _records.ListAsync(User, CancellationToken.None));
        Assert.Equal("self-care", record.CareLevel);
    }

    [Fact]
    public async Task ResultTurn_Kept_RecordIdComesFromChannelConversationAndActivity()
    {
        await ToTheSummaryAsync();
        var final = _harness.Message() with { Text = "yes" };

        await _harness.SendAsync(final);

        var record = Assert.Single(await _records.ListAsync(User, CancellationToken.None));
        Assert.Equal(IntakeRecordId.For(_harness.ChannelId, _harness.ConversationId, final.Id), record.Id);
    }

    [Fact]
    public async Task DeleteMyData_StateSaveConflictsOnce_ErasesOnceAndSaysSoOnce()
    {
        await ToTheSummaryAsync();
        await _harness.SayAsync("yes");
        await _harness.SayAsync("delete my data");
        _storage.ConflictOnNextConversationSave();

        var replies = await _harness.SayAsync("yes");

        Assert.Equal(1, _storage.Conflicts);
        Assert.Single(replies, r => r.Text?.Contains("I deleted your saved answers", StringComparison.Ordinal) == true);
        Assert.Single(_storage.Deletes, k => k == IntakeRecordStore.IndexKey(User));
        Assert.Empty(await _records.ListAsync(User, CancellationToken.None));
    }
}
