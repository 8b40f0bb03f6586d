using Intake.Bots;
using Intake.Bots.State;
using Intake.Storage;
using Intake.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Intake.UnitTests.Storage;

public sealed class StorageServiceCollectionExtensionsTests : IDisposable
{
    private readonly string _contentRoot = Directory.CreateTempSubdirectory("intake-host-").FullName;

    [Fact]
    public async Task AddIntakeStorage_NoSettings_OpensSqliteInTheDataFolderAtStart()
    {
        using var host = Build(new Dictionary<string, string?>());

        await host.StartAsync();

        var store = Assert.IsType<SqliteStorage>(host.Services.GetRequiredService<IStorage>());
        Assert.Equal(Path.Combine(_contentRoot, "data", "intake.db"), store.DataSource);
        Assert.True(File.Exists(store.DataSource));
        await host.StopAsync();
    }

    [Fact]
    public async Task AddIntakeStorage_MemoryProvider_RegistersMemoryStorage()
    {
        using var host = Build(new Dictionary<string, string?> { ["Storage:Provider"] = "Memory" });

        await host.StartAsync();

        Assert.IsType<MemoryStorage>(host.Services.GetRequiredService<IStorage>());
        Assert.False(Directory.Exists(Path.Combine(_contentRoot, "data")));
        await host.StopAsync();
    }

    [Fact]
    public void AddIntakeStorage_CalledTwice_RegistersOneStoreAndOneStartup()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().Build();

        services.AddIntakeStorage(configuration);
        services.AddIntakeStorage(configuration);

        Assert.Single(services, d => d.ServiceType == typeof(IStorage));
        Assert.Single(services, d => d.ServiceType == typeof(IHostedService));
    }

    [Fact]
    public void AddIntakeStorage_AfterAddIntakeBots_RegistersTheOneStore()
    {
        var services = new ServiceCollection();
        services.AddIntakeBots();

        services.AddIntakeStorage(new ConfigurationBuilder().Build());

        var descriptor = Assert.Single(services, d => d.ServiceType == typeof(IStorage));
        Assert.NotNull(descriptor.ImplementationFactory);
    }

    [Fact]
    public void AddIntakeStorage_StoreRegisteredBefore_KeepsIt()
    {
        var services = new ServiceCollection();
        var own = new MemoryStorage();
        services.AddSingleton<IStorage>(own);

        services.AddIntakeStorage(new ConfigurationBuilder().Build());

        Assert.Same(own, Assert.Single(services, d => d.ServiceType == typeof(IStorage)).ImplementationInstance);
    }

    [Theory]
    [InlineData("redis")]
    [InlineData("sqlite")]
    [InlineData("Postgres")]
    [InlineData("Cassandra")]
    public async Task AddIntakeStorage_UnknownProvider_FailsAtStartNamingTheSetting(string provider)
    {
        using var host = Build(new Dictionary<string, string?> { ["Storage:Provider"] = provider });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Storage:Provider must be Sqlite, Memory, Redis or PostgreSql", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Redis")]
    [InlineData("PostgreSql")]
    public async Task AddIntakeStorage_ServerProviderWithoutConnectionString_RefusesNamingTheSetting(string provider)
    {
        using var host = Build(new Dictionary<string, string?> { ["Storage:Provider"] = provider });

        var error = await Assert.ThrowsAsync<Intake.Bots.Startup.StartupRefusedException>(() => host.StartAsync());

        Assert.StartsWith($"ConnectionStrings:{provider} must be set when Storage:Provider is {provider}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddIntakeStorage_UnwritableSqliteFolder_FailsAtStart()
    {
        var blocker = Path.Combine(_contentRoot, "file");
        await File.WriteAllTextAsync(blocker, "not a folder");
        using var host = Build(new Dictionary<string, string?> { ["ConnectionStrings:Sqlite"] = "Data Source=file/intake.db" });

        await Assert.ThrowsAnyAsync<IOException>(() => host.StartAsync());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_contentRoot, recursive: true);
    }

    private IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _contentRoot, EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddIntakeStorage(builder.Configuration);
        return builder.Build();
    }
}
