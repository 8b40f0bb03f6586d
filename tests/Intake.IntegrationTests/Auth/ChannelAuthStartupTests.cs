using System.Net;
using Intake.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intake.IntegrationTests.Auth;

/// <summary>The running modes: credentials an app type needs are required at start-up, named in one line; no App ID is said out loud.</summary>
public sealed class ChannelAuthStartupTests
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(60);

    public static TheoryData<string, string, string, string, string> Refusals() => new()
    {
        // type, password, tenant, extra setting (name=value), the setting the refusal names
        { "MultiTenant", "", "", "", "MicrosoftAppPassword is not set" },
        { "SingleTenant", "secret", "", "", "MicrosoftAppTenantId is not set" },
        { "SingleTenant", "", "tenant-1", "", "MicrosoftAppPassword is not set" },
        { "UserAssignedMSI", "", "", "", "MicrosoftAppTenantId is not set" },
        { "Federated", "secret", "", "", "MicrosoftAppType is 'Federated'" },
        { "MultiTenant", "secret", "", "ToBotFromChannelOpenIdMetadataUrl=http://login.example.org/keys", "ToBotFromChannelOpenIdMetadataUrl is" },
        { "MultiTenant", "secret", "", "ToChannelFromBotLoginUrl=not a url", "ToChannelFromBotLoginUrl is" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Start_AppIdWithoutWhatItsTypeNeeds_ExitsNamingTheSetting(string type, string password, string tenant, string extra, string expected)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Storage__Provider"] = "Memory",
            ["MicrosoftAppId"] = Guid.NewGuid().ToString(),
            ["MicrosoftAppType"] = type,
            ["MicrosoftAppPassword"] = password,
            ["MicrosoftAppTenantId"] = tenant,
        };
        if (extra.Split('=', 2) is [var name, var value])
        {
            environment[name] = value;
        }

        var (exitCode, output) = await HostProcess.RunUntilExitAsync(environment, ExitTimeout);

        Assert.Equal(1, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var refusal = Assert.Single(lines, l => l.StartsWith("Intake did not start:", StringComparison.Ordinal));
        Assert.Contains(expected, refusal, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ProductionWithMultiTenantCredentials_Serves()
    {
        await using var auth = await AuthHost.StartAsync(new Dictionary<string, string?> { ["MicrosoftAppType"] = "MultiTenant", ["MicrosoftAppTenantId"] = "" }, environment: "Production");

        using var ready = await auth.Host.Client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains(auth.Logs.Lines, l => l.Contains(" 1011 ", StringComparison.Ordinal) && l.Contains("MultiTenant", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_DevelopmentWithoutAppId_SaysLoudlyItAcceptsUnauthenticatedRequests()
    {
        var logs = new CapturingLoggerProvider();
        await using var host = IntakeHost.Start(services: s => s.AddSingleton<ILoggerProvider>(logs));

        using var ready = await host.Client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains(logs.Lines, l => l.Contains("Warning 1006", StringComparison.Ordinal) && l.Contains("UNAUTHENTICATED", StringComparison.Ordinal));
    }
}
