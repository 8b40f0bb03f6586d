using System.Net;
using Intake.Bots.Startup;
using StackExchange.Redis;

namespace Intake.Storage.Redis;

/// <summary>Turns <c>ConnectionStrings:Redis</c> into a connected multiplexer, or one line that says why not.</summary>
internal static class RedisConnections
{
    public const string Setting = "ConnectionStrings:" + StorageProviders.Redis;

    /// <summary>Connects once at start-up; a missing, malformed or unreachable server refuses the start.</summary>
    public static (ConnectionMultiplexer Connection, string Servers) Connect(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new StartupRefusedException($"{Setting} must be set when Storage:Provider is Redis (for example host:6379,password=…).");
        }

        ConfigurationOptions options;
        try
        {
            options = ConfigurationOptions.Parse(connectionString);
        }
        catch (ArgumentException)
        {
            throw new StartupRefusedException($"{Setting} is not a Redis connection string (host:port,password=…).");
        }

        if (options.EndPoints.Count == 0)
        {
            throw new StartupRefusedException($"{Setting} names no Redis server (host:port,password=…).");
        }

        // Refuse the start when the first connection fails; once connected, the multiplexer reconnects by itself.
        options.AbortOnConnectFail = true;
        options.ClientName ??= "intake";
        try
        {
            return (ConnectionMultiplexer.Connect(options), Describe(options.EndPoints));
        }
        catch (RedisConnectionException ex)
        {
            var why = ex.FailureType == ConnectionFailureType.AuthenticationFailure
                ? "refused the password"
                : "could not be reached";
            throw new StartupRefusedException($"{Setting}: the Redis server at {Describe(options.EndPoints)} {why}.");
        }
    }

    /// <summary>The servers, without the password or any other option of the connection string.</summary>
    public static string Describe(EndPointCollection endPoints) => string.Join(", ", endPoints.Select(Format));

    private static string Format(EndPoint endPoint) => endPoint switch
    {
        DnsEndPoint dns => $"{dns.Host}:{dns.Port}",
        IPEndPoint ip => ip.ToString(),
        _ => endPoint.ToString() ?? "?",
    };
}
