using System.Globalization;

namespace Intake.Benchmarks.Reporting;

/// <summary>What one patient's intakes in a row wrote to the host's store (<see cref="Driving.RecordIndexRun"/>).</summary>
internal sealed record RecordIndexResult(string Store, int Completions, IReadOnlyList<RecordIndexRow> Rows, int RecordsListed, int Errors, string ErrorReasons);

/// <summary>
/// The store writes of the <paramref name="Completion"/>-th whole intake of the same patient (join to result): all of
/// them and their bytes, then the record index's share (open page, and a closed page when one fills) and the record's.
/// </summary>
internal sealed record RecordIndexRow(int Completion, long Writes, long Bytes, long IndexWrites, long IndexBytes, long RecordWrites, long RecordBytes)
{
    public static RecordIndexRow Parse(int completion, string before, string after)
    {
        var b = before.Split(' ').Select(n => long.Parse(n, CultureInfo.InvariantCulture)).ToArray();
        var a = after.Split(' ').Select(n => long.Parse(n, CultureInfo.InvariantCulture)).ToArray();
        return new RecordIndexRow(completion, a[0] - b[0], a[1] - b[1], a[2] - b[2], a[3] - b[3], a[4] - b[4], a[5] - b[5]);
    }
}
