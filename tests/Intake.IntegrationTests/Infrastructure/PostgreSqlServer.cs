using System.Diagnostics;
using Npgsql;

namespace Intake.IntegrationTests.Infrastructure;

/// <summary>
/// A PostgreSQL 15 cluster of the test's own: initdb in a temp folder (password authentication with SCRAM on
/// TCP), a free loopback port, a login role and database <c>intake</c> with a generated password; stopped by its
/// PID on dispose. As root the server runs as the <c>postgres</c> user (it refuses root). A machine without
/// PostgreSQL 15 fails the test saying what to install.
/// </summary>
public sealed class PostgreSqlServer : IAsyncDisposable
{
    public const string Database = "intake";
    public const string User = "intake";

    private const string BinFolder = "/usr/lib/postgresql/15/bin";

    private readonly Process _process;
    private readonly string _folder;

    private PostgreSqlServer(Process process, string folder, int port, string password)
    {
        _process = process;
        _folder = folder;
        Port = port;
        Password = password;
    }

    public int Port { get; }

    public string Password { get; }

    /// <summary>The Npgsql connection string of the <c>intake</c> role and database.</summary>
    public string ConnectionString => ConnectionStringFor(Database);

    /// <summary>The connection string with its searches in <paramref name="schema"/> (a test's own tables).</summary>
    public string ConnectionStringIn(string schema) => ConnectionString + $";Search Path={schema}";

    public static async Task<PostgreSqlServer> StartAsync()
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The test servers run on Linux.");
        }

        const string install = "apt-get install -y postgresql-15";
        var initdb = LoopbackServers.Binary(install, Path.Combine(BinFolder, "initdb"));
        var postgres = LoopbackServers.Binary(install, Path.Combine(BinFolder, "postgres"));
        var folder = Directory.CreateTempSubdirectory("intake-postgres-").FullName;

        // The server's user (postgres, when this is root) creates its data folder and socket folder inside.
        File.SetUnixFileMode(folder, (UnixFileMode)0x1FF);
        var data = Path.Combine(folder, "data");
        var sockets = Path.Combine(folder, "sock");
        var port = LoopbackServers.FreePort();
        var password = LoopbackServers.NewPassword();
        var passwordFile = Path.Combine(folder, "pw");
        await File.WriteAllTextAsync(passwordFile, password);
        File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        Process? process = null;
        try
        {
            await LoopbackServers.RunAsync(AsServerUser(initdb, out var initdbArguments), [
                .. initdbArguments, "-D", data, "-U", "postgres", "--pwfile=" + passwordFile, "--auth-local=trust",
                "--auth-host=scram-sha-256", "-E", "UTF8", "--no-sync", "--no-instructions"], TimeSpan.FromSeconds(60));
            File.Delete(passwordFile);
            Directory.CreateDirectory(sockets);
            File.SetUnixFileMode(sockets, (UnixFileMode)0x1FF);
            process = LoopbackServers.StartServer(AsServerUser(postgres, out var postgresArguments), [
                .. postgresArguments, "-D", data, "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=" + sockets,
                "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=200"]);
            await LoopbackServers.WaitForPortAsync(process, port, TimeSpan.FromSeconds(30), () => string.Empty);
            var server = new PostgreSqlServer(process, folder, port, password);
            await server.CreateRoleAndDatabaseAsync();
            return server;
        }
        catch
        {
            if (process is not null)
            {
                await LoopbackServers.StopAsync(process);
            }

            LoopbackServers.DeleteFolder(folder);
            throw;
        }
    }

    /// <summary>Creates an empty schema for one test and returns its name.</summary>
    public async Task<string> CreateSchemaAsync()
    {
        var schema = "t_" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
        await command.ExecuteNonQueryAsync();
        return schema;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await LoopbackServers.StopAsync(_process);
        LoopbackServers.DeleteFolder(_folder);
    }

    private string ConnectionStringFor(string database)
        => $"Host=127.0.0.1;Port={Port};Database={database};Username={User};Password={Password};Pooling=true";

    /// <summary>The role and its database, created only when missing.</summary>
    private async Task CreateRoleAndDatabaseAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        var admin = $"Host=127.0.0.1;Port={Port};Database=postgres;Username=postgres;Password={Password};Pooling=false";
        await using var connection = new NpgsqlConnection(admin);
        while (true)
        {
            try
            {
                await connection.OpenAsync();
                break;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.CannotConnectNow && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }

        await using (var role = new NpgsqlCommand(
            $"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{User}') THEN CREATE ROLE {User} LOGIN PASSWORD '{Password}'; END IF; END $$",
            connection))
        {
            await role.ExecuteNonQueryAsync();
        }

        await using var exists = new NpgsqlCommand($"SELECT 1 FROM pg_database WHERE datname = '{Database}'", connection);
        if (await exists.ExecuteScalarAsync() is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE {Database} OWNER {User}", connection);
            await create.ExecuteNonQueryAsync();
        }
    }

    /// <summary>As root, runs <paramref name="binary"/> as postgres through setpriv (which execs it: the PID is the server's).</summary>
    private static string AsServerUser(string binary, out string[] arguments)
    {
        if (!LoopbackServers.IsRoot)
        {
            arguments = [];
            return binary;
        }

        arguments = ["--reuid=postgres", "--regid=postgres", "--init-groups", "--reset-env", "--", binary];
        return "/usr/bin/setpriv";
    }
}
