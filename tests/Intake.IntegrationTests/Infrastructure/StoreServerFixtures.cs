namespace Intake.IntegrationTests.Infrastructure;

/// <summary>A redis-server of the test class's own (see <see cref="RedisServer"/>).</summary>
public sealed class RedisServerFixture : IAsyncLifetime
{
    public RedisServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await RedisServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}

/// <summary>A PostgreSQL cluster of the test class's own (see <see cref="PostgreSqlServer"/>).</summary>
public sealed class PostgreSqlServerFixture : IAsyncLifetime
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
