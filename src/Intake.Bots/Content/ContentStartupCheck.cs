using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Intake.Bots.Content;

/// <summary>
/// Loads the content catalog while the host starts, so a missing key, a malformed file or a placeholder
/// mismatch stops the host with the file and line instead of failing a patient's first turn.
/// </summary>
internal sealed class ContentStartupCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<ContentCatalog>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
