using System.Globalization;
using Intake.Benchmarks.Reporting;
using Intake.Dialogs.Records;

namespace Intake.Benchmarks.Driving;

/// <summary>
/// One patient who comes back: <c>--patient-intakes N</c> whole intakes by the same user, one after the other (nothing
/// else runs), over expectReplies with every answer checked. Around the 1st, the 32nd (the index's page fills), the 33rd
/// (the full page is closed and a new one begun) and the Nth completion it reads the host's store counters
/// (<see cref="Serving.CountingStorage"/>), so the table shows what a completion costs the store as the patient's
/// records grow; at the end every record must be listed back through the record store.
/// </summary>
internal static class RecordIndexRun
{
    public static IReadOnlyList<int> Checkpoints(int completions)
        => [.. new[] { 1, RecordIndex.PageSize, RecordIndex.PageSize + 1, completions }.Where(n => n <= completions).Distinct().Order()];

    public static async Task<RecordIndexResult> RunAsync(HttpClient http, ChildServer intake, Uri serviceUrl, string store, int completions)
    {
        var driver = new LoadDriver(http, intake.Address, serviceUrl, expectReplies: true, checkIntake: true);
        var runId = $"patient-{store}-{Guid.NewGuid().ToString("N")[..6]}";
        var userId = $"user-{runId}";
        var checkpoints = Checkpoints(completions);
        var rows = new List<RecordIndexRow>();
        var errors = new ErrorTally();
        for (var completion = 1; completion <= completions; completion++)
        {
            var measured = checkpoints.Contains(completion);
            var before = measured ? await intake.CommandAsync("writes") : null;
            var conversation = new ScriptedConversation(runId, completion, serviceUrl, expectReplies: true, userId);
            foreach (var (reason, count) in (await driver.PlayOneAsync(conversation)).ByReason)
            {
                errors.Add(reason, count);
            }

            if (before is not null)
            {
                rows.Add(RecordIndexRow.Parse(completion, before, await intake.CommandAsync("writes")));
            }
        }

        var listed = int.Parse((await intake.CommandAsync($"records {ScriptedConversation.ChannelId} {userId}")).Split(' ')[0], CultureInfo.InvariantCulture);
        if (listed != completions)
        {
            errors.Add($"the record store lists {listed} records of the patient, not {completions}");
        }

        var result = new RecordIndexResult(store, completions, rows, listed, errors.Total, errors.Describe());
        foreach (var row in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {store,-6} patient's intake {row.Completion,4}: {row.Writes} store writes, {row.Bytes} B; index {row.IndexWrites} writes, {row.IndexBytes} B"));
        }

        return result;
    }
}
