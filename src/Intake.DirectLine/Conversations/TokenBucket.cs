namespace Intake.DirectLine.Conversations;

/// <summary>
/// A token bucket on the host's clock: <c>burst</c> takes at once, then <c>perSecond</c> more each second.
/// A refusal says how many seconds until the next take (for <c>Retry-After</c>).
/// </summary>
internal sealed class TokenBucket(int burst, double perSecond, TimeProvider time)
{
    private readonly Lock _gate = new();
    private double _tokens = burst;
    private long _updated = time.GetTimestamp();

    /// <summary>Takes one; on refusal, <paramref name="retryAfterSeconds"/> is when one will be there.</summary>
    public bool TryTake(out int retryAfterSeconds)
    {
        lock (_gate)
        {
            var now = time.GetTimestamp();
            _tokens = Math.Min(burst, _tokens + (time.GetElapsedTime(_updated, now).TotalSeconds * perSecond));
            _updated = now;
            if (_tokens >= 1)
            {
                _tokens--;
                retryAfterSeconds = 0;
                return true;
            }

            retryAfterSeconds = Math.Max(1, (int)Math.Ceiling((1 - _tokens) / perSecond));
            return false;
        }
    }
}
