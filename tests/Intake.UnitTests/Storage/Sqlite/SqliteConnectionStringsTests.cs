using Intake.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Intake.UnitTests.Storage.Sqlite;

public sealed class SqliteConnectionStringsTests : IDisposable
{
    private readonly string _contentRoot = Directory.CreateTempSubdirectory("intake-root-").FullName;

    [Fact]
    public void Resolve_Missing_UsesDataFolderUnderContentRoot()
    {
        var resolved = new SqliteConnectionStringBuilder(SqliteConnectionStrings.Resolve(null, _contentRoot));

        Assert.Equal(Path.Combine(_contentRoot, "data", "intake.db"), resolved.DataSource);
        Assert.True(Directory.Exists(Path.Combine(_contentRoot, "data")));
    }

    [Fact]
    public void Resolve_RelativePathWithOptions_KeepsOptionsAndRootsPath()
    {
        var resolved = new SqliteConnectionStringBuilder(SqliteConnectionStrings.Resolve("Data Source=state/x.db;Default Timeout=7", _contentRoot));

        Assert.Equal(Path.Combine(_contentRoot, "state", "x.db"), resolved.DataSource);
        Assert.Equal(7, resolved.DefaultTimeout);
    }

    [Fact]
    public void Resolve_AbsolutePath_KeepsIt()
    {
        var file = Path.Combine(_contentRoot, "elsewhere", "y.db");

        var resolved = new SqliteConnectionStringBuilder(SqliteConnectionStrings.Resolve($"Data Source={file}", _contentRoot));

        Assert.Equal(file, resolved.DataSource);
    }

    [Theory]
    [InlineData("Data Source=:memory:")]
    [InlineData("Data Source=")]
    [InlineData("Data Source=x;Mode=Memory")]
    public void Resolve_PrivateMemoryDatabase_ThrowsNamingTheSetting(string connectionString)
    {
        var error = Assert.Throws<Intake.Bots.Startup.StartupRefusedException>(() => SqliteConnectionStrings.Resolve(connectionString, _contentRoot));

        Assert.Contains("ConnectionStrings:Sqlite", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_contentRoot, recursive: true);
}
