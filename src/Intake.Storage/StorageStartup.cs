using Intake.Bots.State;
using Microsoft.Extensions.Hosting;

namespace Intake.Storage;

/// <summary>
/// Opens the store when the host starts and reads from it once, so a bad connection string or an
/// unwritable folder stops the host at boot, not on the first patient's turn.
/// </summary>
internal sealed class StorageStartup(IStorage storage) : IHostedService
{
    /// <summary>A key no state scope uses (scope keys start with a channel id and a slash).</summary>
    public const string ProbeKey = "intake/readiness";

    public async Task StartAsync(CancellationToken cancellationToken) => await storage.ReadAsync(ProbeKey, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
