using System.Net;
using Intake.IntegrationTests.Infrastructure;

namespace Intake.IntegrationTests.Hosting;

public sealed class StartupTests
{
    [Fact]
    public void Start_ProductionWithoutAppId_RefusesNamingTheSetting()
    {
        var error = Record.Exception(() => IntakeHost.Start(environment: "Production"));

        Assert.NotNull(error);
        Assert.Contains("MicrosoftAppId", Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ProductionWithExplicitAllowUnauthenticated_ServesReadyz()
    {
        await using var host = IntakeHost.Start(new Dictionary<string, string?> { ["AllowUnauthenticated"] = "true" }, environment: "Production");

        using var ready = await host.Client.GetAsync("/readyz");
        using var alive = await host.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }

    [Fact]
    public void Start_UnknownStorageProvider_RefusesNamingTheSetting()
    {
        var error = Record.Exception(() => IntakeHost.Start(new Dictionary<string, string?> { ["Storage:Provider"] = "Floppy" }));

        Assert.NotNull(error);
        Assert.Contains("Storage:Provider", Flatten(error), StringComparison.Ordinal);
    }

    private static string Flatten(Exception error)
        => error is AggregateException aggregate
            ? string.Join(" | ", aggregate.Flatten().InnerExceptions.Select(e => e.Message))
            : error.Message + " | " + error.InnerException?.Message;
}
