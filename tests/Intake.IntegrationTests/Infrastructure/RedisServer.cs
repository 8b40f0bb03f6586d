using System.Diagnostics;

namespace Intake.IntegrationTests.Infrastructure;

/// <summary>
/// A redis-server of the test's own: a free loopback port, a generated password, a temp folder, no persistence;
/// stopped by its PID on dispose. A machine without redis-server fails the test saying what to install.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private RedisServer(Process process, string folder, int port, string password)
    {
        _process = process;
        _folder = folder;
        Port = port;
        Password = password;
    }

    public int Port { get; }

    public string Password { get; }

    /// <summary>The StackExchange.Redis connection string of this server.</summary>
    public string ConnectionString => $"127.0.0.1:{Port},password={Password}";

    public static async Task<RedisServer> StartAsync()
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The test servers run on Linux.");
        }

        var binary = LoopbackServers.Binary("apt-get install -y redis-server", "/usr/bin/redis-server", "/usr/local/bin/redis-server");
        var folder = Directory.CreateTempSubdirectory("intake-redis-").FullName;
        var port = LoopbackServers.FreePort();
        var password = LoopbackServers.NewPassword();
        var config = Path.Combine(folder, "redis.conf");

        // The password goes in a file only this user reads, not on the command line.
        await File.WriteAllTextAsync(config, $"""
            bind 127.0.0.1
            port {port}
            requirepass {password}
            dir {folder}
            save ""
            appendonly no
            daemonize no
            logfile {Path.Combine(folder, "redis.log")}
            """);
        File.SetUnixFileMode(config, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var process = LoopbackServers.StartServer(binary, [config]);
        try
        {
            await LoopbackServers.WaitForPortAsync(process, port, TimeSpan.FromSeconds(15), () => ReadLog(folder));
        }
        catch
        {
            await LoopbackServers.StopAsync(process);
            LoopbackServers.DeleteFolder(folder);
            throw;
        }

        return new RedisServer(process, folder, port, password);
    }

    public async ValueTask DisposeAsync()
    {
        await LoopbackServers.StopAsync(_process);
        LoopbackServers.DeleteFolder(_folder);
    }

    private static string ReadLog(string folder)
    {
        var log = Path.Combine(folder, "redis.log");
        return File.Exists(log) ? File.ReadAllText(log) : string.Empty;
    }
}
