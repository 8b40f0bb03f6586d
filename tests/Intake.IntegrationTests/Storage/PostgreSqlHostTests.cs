using Intake.Bots.State;
using Intake.Dialogs.Records;
using Intake.IntegrationTests.EndToEnd;
using Intake.IntegrationTests.Infrastructure;
using Intake.Storage.PostgreSql;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Intake.IntegrationTests.Storage;

/// <summary>The real host on a PostgreSQL cluster of the test's own: one conversation, two hosts sharing it, the refusals.</summary>
public sealed class PostgreSqlHostTests(PostgreSqlServerFixture postgres) : IClassFixture<PostgreSqlServerFixture>
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(60);
    private readonly CapturingLoggerProvider _logs = new();

    [Fact]
    public async Task FullIntake_OnPostgreSql_KeepsTheRecordAndConversationStateWithItsExpiry()
    {
        await using var host = Start();
        var client = new BotClient(host.Client);

        var result = await IntakeScript.CompleteAsync(client);

        Assert.Contains(result, r => r.ChannelData is { } data && data.TryGetProperty("intake", out var intake) && intake.TryGetProperty("careLevel", out _));
        Assert.IsType<PostgreSqlStorage>(host.Services.GetRequiredService<IStorage>());
        Assert.Single(await host.Services.GetRequiredService<IntakeRecordStore>().ListAsync(OpaqueUserId.For(client.ChannelId, client.User.Id!), CancellationToken.None));
        await using var dataSource = NpgsqlDataSource.Create(postgres.Server.ConnectionString);
        await using var command = dataSource.CreateCommand("SELECT expires_at - now() FROM intake_state WHERE key = @key");
        command.Parameters.AddWithValue("key", StateKeys.Conversation(client.ChannelId, client.ConversationId));
        Assert.InRange((TimeSpan)(await command.ExecuteScalarAsync())!, TimeSpan.FromHours(23), TimeSpan.FromHours(24));
        Assert.Contains(_logs.Lines, line => line.Contains($"State store: PostgreSQL database intake at 127.0.0.1:{postgres.Server.Port}", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Lines, line => line.Contains(postgres.Server.Password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoHosts_SharingOnePostgreSql_PlayOneConversationTurnByTurn()
    {
        await using var first = Start();
        await using var second = Start();

        await AlternatingHosts.PlayOneConversationAcrossAsync(first, second);
    }

    [Fact]
    public async Task Start_WrongPassword_ExitsWithOneLineNamingTheSetting()
    {
        var wrong = "wrong-" + Guid.NewGuid().ToString("N");
        var connectionString = new NpgsqlConnectionStringBuilder(postgres.Server.ConnectionString) { Password = wrong }.ConnectionString;

        var (exitCode, output) = await RunAsync(connectionString);

        Assert.Equal(1, exitCode);
        HostProcess.AssertRefusedWithOneLine(output, $"Intake did not start: ConnectionStrings:PostgreSql: the PostgreSQL server at 127.0.0.1:{postgres.Server.Port} refused the user name or password.");
        Assert.DoesNotContain(wrong, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ClosedPort_ExitsWithOneLineNamingTheSetting()
    {
        var port = LoopbackServers.FreePort();

        var (exitCode, output) = await RunAsync($"Host=127.0.0.1;Port={port};Database=intake;Username=intake;Password=x;Timeout=3");

        Assert.Equal(1, exitCode);
        HostProcess.AssertRefusedWithOneLine(output, $"Intake did not start: ConnectionStrings:PostgreSql: the PostgreSQL server at 127.0.0.1:{port} could not be reached.");
    }

    private static Task<(int ExitCode, string Output)> RunAsync(string connectionString)
        => HostProcess.RunUntilExitAsync(
            new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Development", ["Storage__Provider"] = "PostgreSql", ["ConnectionStrings__PostgreSql"] = connectionString },
            ExitTimeout);


    private IntakeHost Start() => IntakeHost.Start(
        new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "PostgreSql",
            ["ConnectionStrings:PostgreSql"] = postgres.Server.ConnectionString,
        },
        services => services.AddLogging(logging => logging.AddProvider(_logs)));
}
