namespace Intake.Storage;

/// <summary>The values of <c>Storage:Provider</c>.</summary>
public static class StorageProviders
{
    public const string Sqlite = "Sqlite";
    public const string Memory = "Memory";
    public const string Redis = "Redis";
    public const string PostgreSql = "PostgreSql";
}
