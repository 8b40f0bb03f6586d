using System.Net;
using Intake.IntegrationTests.Infrastructure;

namespace Intake.IntegrationTests.Hosting;

public sealed class StartupTests
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Start_ProductionWithoutAppId_ExitsNamingTheSetting()
    {
        var (exitCode, output) = await HostProcess.RunUntilExitAsync(new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["Storage__Provider"] = "Memory" }, ExitTimeout);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("MicrosoftAppId is not set", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_UnknownStorageProvider_ExitsNamingTheSetting()
    {
        var (exitCode, output) = await HostProcess.RunUntilExitAsync(new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Development", ["Storage__Provider"] = "Floppy" }, ExitTimeout);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Storage:Provider", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ProductionWithExplicitAllowUnauthenticated_ServesHealthAndReadiness()
    {
        await using var host = IntakeHost.Start(new Dictionary<string, string?> { ["AllowUnauthenticated"] = "true" }, environment: "Production");

        using var ready = await host.Client.GetAsync("/readyz");
        using var alive = await host.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }
}
