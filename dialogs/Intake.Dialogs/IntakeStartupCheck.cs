using Intake.Dialogs.Flow;
using Microsoft.Extensions.Hosting;

namespace Intake.Dialogs;

/// <summary>
/// Builds the intake at start-up (resolving this service builds the flow: content, triage rules, prompts),
/// so a bad content key or rule stops the host with a message naming the file and line, before any turn.
/// </summary>
internal sealed class IntakeStartupCheck(IntakeFlow flow) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(flow.Dialogs);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
