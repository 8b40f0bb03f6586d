using System.Collections.Concurrent;
using System.Globalization;

namespace Intake.Benchmarks.Serving;

/// <summary>What the local connector received: replies per (conversation, replyToId), and rejects.</summary>
internal sealed class ConnectorLedger
{
    private long _ids;
    private long _invalid;

    public ConcurrentDictionary<string, int> Pairs { get; } = new(StringComparer.Ordinal);

    public long Invalid => Interlocked.Read(ref _invalid);

    public void CountInvalid() => Interlocked.Increment(ref _invalid);

    public string NextId() => "act-" + Interlocked.Increment(ref _ids).ToString(CultureInfo.InvariantCulture);
}
