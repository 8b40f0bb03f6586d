namespace Intake.Dialogs.Recognizers;

/// <summary>
/// How a span of time, in seconds, maps to an answer code: the first bucket whose upper bound it is
/// under, else <paramref name="Longer"/>. Spans under <paramref name="Shortest"/> are not this question's; spans of
/// <paramref name="Ceiling"/> or more are <see cref="Implausible"/>: most likely the answer to another question.
/// </summary>
internal sealed record TimeBuckets(IReadOnlyList<(double Under, string Code)> Buckets, string Longer, double Shortest = 0, string? Overriding = null, double Ceiling = double.PositiveInfinity)
{
    /// <summary>Not an answer code: a span too long for the question ("3 days" for one spasm), to be asked about, never taken.</summary>
    public const string Implausible = "implausible";

    public string For(double seconds)
    {
        if (seconds >= Ceiling)
        {
            return Implausible;
        }

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
