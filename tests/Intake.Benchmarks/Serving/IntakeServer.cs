using System.Globalization;
using System.Net;
using Intake.Bots.State;
using Intake.Dialogs.Records;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace Intake.Benchmarks.Serving;

/// <summary>
/// The real Intake host (Intake.Web's Program, Production environment, logging at Warning) on a
/// loopback Kestrel port, with the in-memory or the SQLite store (a temporary file).
/// </summary>
internal sealed class IntakeServer : IBenchServer
{
    private readonly WebApplicationFactory<Program> _factory;
    private readonly CountingStorage _storage;
    private readonly string _dataDirectory;

    private IntakeServer(WebApplicationFactory<Program> factory, string dataDirectory, string store)
    {
        _factory = factory;
        _dataDirectory = dataDirectory;
        _storage = (CountingStorage)factory.Services.GetRequiredService<IStorage>();
        Address = new Uri(factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        Info = $"Storage:Provider={store} (IStorage in effect: {_storage.Inner.GetType().Name}, its writes counted), {ProcessCounters.GcMode}, log level Warning";
    }

    public Uri Address { get; }

    public string Info { get; }

    /// <summary>The host's services (for the in-process stage profile).</summary>
    public IServiceProvider Services => _factory.Services;

    public static IntakeServer Start(string store)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "intake-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);
        var provider = store == "sqlite" ? "Sqlite" : "Memory";
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = provider,
            ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(dataDirectory, "intake.db")}",
            ["AllowUnauthenticated"] = "true", // loopback benchmark: no channel tokens
            ["Bot:ServiceUrls:0"] = "http://127.0.0.1:*", // the local connector, on a port chosen at start
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft"] = "Warning",

            // The Direct Line mode starts thousands of conversations from one address in seconds: no start budget, and
            // conversations forgotten soon after (the store keeps their state).
            ["DirectLine:StartBurst"] = "100000",
            ["DirectLine:StartsPerSecond"] = "10000",
            ["DirectLine:MaxConversations"] = "1000000",
            ["DirectLine:IdleTimeout"] = "00:00:20",
        };
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            // The store the host configured, wrapped so the record index's writes can be counted (Serving/CountingStorage).
            builder.ConfigureTestServices(services =>
            {
                var configured = services.Last(d => d.ServiceType == typeof(IStorage));
                services.Remove(configured);
                services.AddSingleton<IStorage>(provider => new CountingStorage(
                    (IStorage)(configured.ImplementationFactory?.Invoke(provider) ?? configured.ImplementationInstance
                        ?? ActivatorUtilities.CreateInstance(provider, configured.ImplementationType!))));
            });
        });
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        return new IntakeServer(factory, dataDirectory, provider);
    }

    public async ValueTask<string?> HandleAsync(string[] command) => command switch
    {
        // → "writes bytes indexWrites indexBytes recordWrites recordBytes" since the start (CountingStorage)
        ["writes"] => _storage.Snapshot(),

        // records <channelId> <userId> → "<records kept for the user> <bytes of the index's open page>", read back through the record store itself
        ["records", var channel, var user] => await RecordsAsync(channel, user),

        // state <channelId> <conversationId> <userId> → "<conversation bytes> <user bytes>" (-1 = none)
        ["state", var channel, var conversation, var user] => await StateAsync(channel, conversation, user),
        _ => null,
    };

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A SQLite file still mapped by a pooled connection: leave the temp folder.
        }
    }

    private async Task<string> RecordsAsync(string channel, string user)
    {
        var opaque = OpaqueUserId.For(channel, user);
        var records = await new IntakeRecordStore(_storage).ListAsync(opaque, CancellationToken.None);
        var head = await _storage.ReadAsync(IntakeRecordStore.IndexKey(opaque), CancellationToken.None);
        return string.Create(CultureInfo.InvariantCulture, $"{records.Count} {head?.Value.Length ?? -1}");
    }

    private async Task<string> StateAsync(string channel, string conversation, string user)
    {
        var conversationItem = await _storage.ReadAsync(StateKeys.Conversation(channel, conversation), CancellationToken.None);
        var userItem = await _storage.ReadAsync(StateKeys.User(channel, user), CancellationToken.None);
        return string.Create(CultureInfo.InvariantCulture, $"{conversationItem?.Value.Length ?? -1} {userItem?.Value.Length ?? -1}");
    }
}
