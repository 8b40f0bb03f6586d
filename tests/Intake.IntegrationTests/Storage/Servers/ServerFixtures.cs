using Intake.IntegrationTests.Infrastructure;
using StackExchange.Redis;

namespace Intake.IntegrationTests.Storage.Servers;

/// <summary>One redis-server for the collection, started and stopped by the tests themselves, and one multiplexer on it.</summary>
public sealed class RedisFixture : IAsyncLifetime
{
    public RedisServer Server { get; private set; } = null!;

    public ConnectionMultiplexer Connection { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await RedisServer.StartAsync();
        Connection = await ConnectionMultiplexer.ConnectAsync(Server.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (Connection is not null)
        {
            await Connection.DisposeAsync();
        }

        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}

/// <summary>One PostgreSQL cluster for the collection; each test works in a schema of its own.</summary>
public sealed class PostgreSqlFixture : IAsyncLifetime
{
    public PostgreSqlServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await PostgreSqlServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class RedisServerGroup : ICollectionFixture<RedisFixture>
{
    public const string Name = "Redis server";
}

[CollectionDefinition(Name)]
public sealed class PostgreSqlServerGroup : ICollectionFixture<PostgreSqlFixture>
{
    public const string Name = "PostgreSQL server";
}
