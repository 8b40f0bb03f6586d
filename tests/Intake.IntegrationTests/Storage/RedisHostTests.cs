using Intake.Bots.State;
using Intake.Dialogs.Records;
using Intake.IntegrationTests.EndToEnd;
using Intake.IntegrationTests.Infrastructure;
using Intake.Storage.Redis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Intake.IntegrationTests.Storage;

/// <summary>The real host on a redis-server of the test's own: one conversation, two hosts sharing it, the refusals.</summary>
public sealed class RedisHostTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(60);
    private readonly string _prefix = $"host-{Guid.NewGuid():N}:";
    private readonly CapturingLoggerProvider _logs = new();

    [Fact]
    public async Task FullIntake_OnRedis_KeepsTheRecordAndConversationStateWithItsTtl()
    {
        await using var host = Start();
        var client = new BotClient(host.Client);

        var result = await IntakeScript.CompleteAsync(client);

        Assert.Contains(result, r => r.ChannelData is { } data && data.TryGetProperty("intake", out var intake) && intake.TryGetProperty("careLevel", out _));
        Assert.IsType<RedisStorage>(host.Services.GetRequiredService<IStorage>());
        Assert.Single(await host.Services.GetRequiredService<IntakeRecordStore>().ListAsync(OpaqueUserId.For(client.ChannelId, client.User.Id!), CancellationToken.None));
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Server.ConnectionString);
        var ttl = await connection.GetDatabase().KeyTimeToLiveAsync(_prefix + StateKeys.Conversation(client.ChannelId, client.ConversationId));
        Assert.InRange(ttl!.Value, TimeSpan.FromHours(23), TimeSpan.FromHours(24));
        Assert.Contains(_logs.Lines, line => line.Contains($"State store: Redis at 127.0.0.1:{redis.Server.Port}", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Lines, line => line.Contains(redis.Server.Password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoHosts_SharingOneRedis_PlayOneConversationTurnByTurn()
    {
        await using var first = Start();
        await using var second = Start();

        await AlternatingHosts.PlayOneConversationAcrossAsync(first, second);
    }

    [Fact]
    public async Task Start_WrongPassword_ExitsWithOneLineNamingTheSetting()
    {
        var wrong = "wrong-" + Guid.NewGuid().ToString("N");

        var (exitCode, output) = await RunAsync($"127.0.0.1:{redis.Server.Port},password={wrong}");

        Assert.Equal(1, exitCode);
        HostProcess.AssertRefusedWithOneLine(output, $"Intake did not start: ConnectionStrings:Redis: the Redis server at 127.0.0.1:{redis.Server.Port} refused the password.");
        Assert.DoesNotContain(wrong, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ClosedPort_ExitsWithOneLineNamingTheSetting()
    {
        var port = LoopbackServers.FreePort();

        var (exitCode, output) = await RunAsync($"127.0.0.1:{port},password=x,connectTimeout=2000");

        Assert.Equal(1, exitCode);
        HostProcess.AssertRefusedWithOneLine(output, $"Intake did not start: ConnectionStrings:Redis: the Redis server at 127.0.0.1:{port} could not be reached.");
    }

    private static Task<(int ExitCode, string Output)> RunAsync(string connectionString)
        => HostProcess.RunUntilExitAsync(
            new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Development", ["Storage__Provider"] = "Redis", ["ConnectionStrings__Redis"] = connectionString },
            ExitTimeout);


    private IntakeHost Start() => IntakeHost.Start(
        new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Redis",
            ["ConnectionStrings:Redis"] = redis.Server.ConnectionString,
            ["Storage:RedisKeyPrefix"] = _prefix,
        },
        services => services.AddLogging(logging => logging.AddProvider(_logs)));
}
