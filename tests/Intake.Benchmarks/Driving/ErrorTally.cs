using System.Collections.Concurrent;

namespace Intake.Benchmarks.Driving;

/// <summary>Errors of a run by reason (a reason never holds reply text).</summary>
internal sealed class ErrorTally
{
    private readonly ConcurrentDictionary<string, int> _byReason = new(StringComparer.Ordinal);

    public int Total => _byReason.Values.Sum();

    public IReadOnlyDictionary<string, int> ByReason => _byReason;

    public void Add(string reason, int count = 1) => _byReason.AddOrUpdate(reason, count, (_, n) => n + count);

    public string Describe() => Total == 0
        ? "none"
        : string.Join("; ", _byReason.OrderByDescending(p => p.Value).Select(p => $"{p.Value} × {p.Key}"));
}
