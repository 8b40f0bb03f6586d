using Microsoft.Extensions.Hosting;

namespace Intake.Dialogs.Flow;

/// <summary>
/// Builds the intake's flow when the host starts, so a missing label or a broken content file stops the
/// host with the file and line instead of failing the first patient's turn.
/// </summary>
internal sealed class IntakeFlowStartupCheck(IntakeFlow flow) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(flow.Runner);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
