namespace Intake.Bots.State;

/// <summary>A write named a version that is no longer the stored one: somebody else wrote first.</summary>
public sealed class ETagConflictException : Exception
{
    public ETagConflictException()
        : base("The item was changed by another writer.")
    {
    }

    public ETagConflictException(string key)
        : base($"The item '{key}' was changed by another writer.")
    {
        Key = key;
    }

    public ETagConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The key whose write was refused.</summary>
    public string? Key { get; }
}
