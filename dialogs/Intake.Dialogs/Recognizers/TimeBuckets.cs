namespace Intake.Dialogs.Recognizers;

/// <summary>
/// How a span of time, in seconds, maps to an answer code: the first bucket whose upper bound it is
/// under, else <paramref name="Longer"/>. Spans under <paramref name="Shortest"/> are not this question's.
/// </summary>
internal sealed record TimeBuckets(IReadOnlyList<(double Under, string Code)> Buckets, string Longer, double Shortest = 0, string? Overriding = null)
{
    public string For(double seconds)
    {
        foreach (var (under, code) in Buckets)
        {
            if (seconds < under)
            {
                return code;
            }
        }

        return Longer;
    }
}
