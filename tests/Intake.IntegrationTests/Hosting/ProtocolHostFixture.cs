using Intake.Bots.Turns;
using Intake.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.IntegrationTests.Hosting;

/// <summary>One host running the probe bot, and one fake connector, shared by a test class.</summary>
public sealed class ProtocolHostFixture : IAsyncLifetime
{
    public ProbeBot Bot { get; } = new();

    public IntakeHost Host { get; private set; } = null!;

    public FakeConnector Connector { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Connector = await FakeConnector.StartAsync();
        Host = IntakeHost.Start(services: services => services.AddSingleton<IBot>(Bot));
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
