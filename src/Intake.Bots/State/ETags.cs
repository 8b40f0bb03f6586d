namespace Intake.Bots.State;

/// <summary>Special ETag values for <see cref="IStorage.WriteAsync"/>.</summary>
public static class ETags
{
    /// <summary>Write unconditionally, whatever version is stored.</summary>
    public const string Any = "*";
}
