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

        Assert.Equal(1, exitCode);
        Assert.Contains("MicrosoftAppId is not set", output, StringComparison.Ordinal);
        AssertOneCleanLine(output);
    }

    [Fact]
    public async Task Start_UnknownStorageProvider_ExitsNamingTheSetting()
    {
        var (exitCode, output) = await HostProcess.RunUntilExitAsync(new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Development", ["Storage__Provider"] = "Floppy" }, ExitTimeout);

        Assert.Equal(1, exitCode);
        Assert.Contains("Storage:Provider", output, StringComparison.Ordinal);
        AssertOneCleanLine(output);
    }

    [Fact]
    public async Task Start_BookingUrlNotHttps_ExitsWithOneLineNamingTheSetting()
    {
        var (exitCode, output) = await HostProcess.RunUntilExitAsync(new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Development", ["Storage__Provider"] = "Memory", ["Intake__BookingUrl"] = "http://clinic.example/book" }, ExitTimeout);

        Assert.Equal(1, exitCode);
        Assert.Contains("Intake:BookingUrl", output, StringComparison.Ordinal);
        AssertOneCleanLine(output);
    }

    [Fact]
    public async Task Start_ClinicSitePhoneNotANumber_ExitsWithOneLineNamingTheSetting()
    {
        var (exitCode, output) = await HostProcess.RunUntilExitAsync(
            new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Development", ["Storage__Provider"] = "Memory", ["Intake__Sites__0__Name"] = "Falls Church", ["Intake__Sites__0__Phone"] = "call us" },
            ExitTimeout);

        Assert.Equal(1, exitCode);
        Assert.Contains("Intake:Sites:0:Phone", output, StringComparison.Ordinal);
        AssertOneCleanLine(output);
    }

    // A refusal is one line that starts with what happened: no stack trace, no unhandled-exception report.
    private static void AssertOneCleanLine(string output)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Single(lines, l => l.StartsWith("Intake did not start:", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("at ", StringComparison.Ordinal));
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
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
