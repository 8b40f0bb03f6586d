using Microsoft.Data.Sqlite;

namespace Intake.Storage.Sqlite;

/// <summary>
/// Keeps the database's files readable by the service's user only (0600): they hold patients' answers.
/// SQLite creates its <c>-wal</c> and <c>-shm</c> files with the mode of the database file, so the file is
/// created 0600 before SQLite first opens it; files left broader by an older build are narrowed.
/// </summary>
internal static class SqlitePrivateFiles
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private static readonly string[] Suffixes = [string.Empty, "-wal", "-shm", "-journal"];

    /// <summary>Creates or narrows the files of the database named by <paramref name="connectionString"/> (nothing for an in-memory one, or on Windows).</summary>
    public static void Restrict(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var path = builder.DataSource;
        if (OperatingSystem.IsWindows() || builder.Mode == SqliteOpenMode.Memory || path.Length == 0 || path == ":memory:"
            || path.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (!File.Exists(path) && builder.Mode != SqliteOpenMode.ReadOnly && builder.Mode != SqliteOpenMode.ReadWrite)
        {
            using var created = new FileStream(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerOnly });
        }

        foreach (var suffix in Suffixes)
        {
            var file = path + suffix;
            if (File.Exists(file) && (File.GetUnixFileMode(file) & ~OwnerOnly) != 0)
            {
                File.SetUnixFileMode(file, OwnerOnly);
            }
        }
    }
}
