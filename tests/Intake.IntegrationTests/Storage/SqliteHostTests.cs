using System.Net;
using Intake.Bots.State;
using Intake.IntegrationTests.Infrastructure;
using Intake.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.IntegrationTests.Storage;

/// <summary>The real host on the SQLite store, in a file of the test's own.</summary>
public sealed class SqliteHostTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("intake-host-sqlite-").FullName;
    private IntakeHost _host = null!;

    private string ConnectionString => $"Data Source={Path.Combine(_folder, "intake.db")}";

    public Task InitializeAsync()
    {
        _host = IntakeHost.Start(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = ConnectionString,
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Conversation_OnSqlite_GreetsOnceAndKeepsItsStateInTheFile()
    {
        var client = new BotClient(_host.Client);

        var first = await client.JoinAsync();
        var second = await client.JoinAsync();

        Assert.NotEmpty(first);
        Assert.Empty(second);
        Assert.IsType<SqliteStorage>(_host.Services.GetRequiredService<IStorage>());
        Assert.Contains(StateKeys.Conversation(client.ChannelId, client.ConversationId), ReadKeys());
    }

    [Fact]
    public async Task Readyz_OnSqlite_Returns200()
    {
        using var response = await _host.Client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private List<string> ReadKeys()
    {
        using var connection = new SqliteConnection(ConnectionString + ";Pooling=False;Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT key FROM intake_state";
        using var reader = command.ExecuteReader();
        var keys = new List<string>();
        while (reader.Read())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }
}
