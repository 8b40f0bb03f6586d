using Microsoft.Data.Sqlite;

namespace Intake.Storage.Sqlite;

/// <summary>Turns <c>ConnectionStrings:Sqlite</c> into the one the store opens.</summary>
internal static class SqliteConnectionStrings
{
    /// <summary>Used when <c>ConnectionStrings:Sqlite</c> is missing: a file in the app's data folder.</summary>
    public const string Default = "Data Source=data/intake.db";

    /// <summary>
    /// Resolves a relative <c>Data Source</c> against <paramref name="contentRoot"/> and creates its folder.
    /// A private in-memory database is refused: every pooled connection would see its own empty one.
    /// </summary>
    public static string Resolve(string? configured, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(contentRoot);
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? Default : configured);
        var dataSource = builder.DataSource;
        if (dataSource.Length == 0 || dataSource == ":memory:"
            || (builder.Mode == SqliteOpenMode.Memory && builder.Cache != SqliteCacheMode.Shared))
        {
            throw new Intake.Bots.Startup.StartupRefusedException(
                "ConnectionStrings:Sqlite must name a database file (Data Source=path); for state in memory set Storage:Provider to Memory.");
        }

        if (builder.Mode == SqliteOpenMode.Memory || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return builder.ToString();
        }

        builder.DataSource = Path.GetFullPath(dataSource, contentRoot);
        Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        return builder.ToString();
    }
}
