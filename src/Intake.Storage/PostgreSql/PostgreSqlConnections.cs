using System.Net.Sockets;
using Intake.Bots.Startup;
using Npgsql;

namespace Intake.Storage.PostgreSql;

/// <summary>Turns <c>ConnectionStrings:PostgreSql</c> into a data source, or one line that says why not.</summary>
internal static class PostgreSqlConnections
{
    public const string Setting = "ConnectionStrings:" + StorageProviders.PostgreSql;

    /// <summary>Parses the connection string (statements prepared automatically unless it says otherwise).</summary>
    public static NpgsqlDataSource Create(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new StartupRefusedException($"{Setting} must be set when Storage:Provider is PostgreSql (for example Host=…;Database=intake;Username=…;Password=…).");
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException)
        {
            throw new StartupRefusedException($"{Setting} is not a PostgreSQL connection string (Host=…;Database=…;Username=…;Password=…).");
        }

        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw new StartupRefusedException($"{Setting} names no Host.");
        }

        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 16;
        }

        builder.ApplicationName ??= "intake";
        return NpgsqlDataSource.Create(builder);
    }

    /// <summary>Where the connection string points, without its password or any other option.</summary>
    public static string Describe(NpgsqlDataSource dataSource)
    {
        var builder = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);
        return $"{builder.Host}:{builder.Port}";
    }

    /// <summary>The one start-up line for a first connection that failed, or null when the failure is something else.</summary>
    public static StartupRefusedException? Refusal(Exception exception, NpgsqlDataSource dataSource)
    {
        var why = exception switch
        {
            PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } => "refused the user name or password",
            PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } => "has no such database",
            PostgresException { SqlState: PostgresErrorCodes.InsufficientPrivilege } => "does not let the user create or use the table",
            PostgresException postgres => $"answered {postgres.SqlState}",
            NpgsqlException { InnerException: SocketException or TimeoutException } or NpgsqlException { IsTransient: true } => "could not be reached",
            NpgsqlException => "could not be used",
            TimeoutException => "could not be reached",
            _ => null,
        };
        return why is null ? null : new StartupRefusedException($"{Setting}: the PostgreSQL server at {Describe(dataSource)} {why}.");
    }
}
