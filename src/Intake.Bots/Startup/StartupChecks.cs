using Microsoft.Extensions.Hosting;

namespace Intake.Bots.Startup;

/// <summary>
/// Runs every <see cref="IStartupCheck"/> once: from the host's entry point before it starts (so a refusal
/// is one clean line, not a stack trace), or when the host starts if the entry point did not (test hosts).
/// </summary>
public sealed class StartupChecks(IEnumerable<IStartupCheck> checks) : IHostedService
{
    private bool _passed;

    /// <summary>Runs the checks unless they passed already; the first refusal propagates.</summary>
    public void Run()
    {
        if (_passed)
        {
            return;
        }

        foreach (var check in checks)
        {
            check.Check();
        }

        _passed = true;
    }

    Task IHostedService.StartAsync(CancellationToken cancellationToken)
    {
        Run();
        return Task.CompletedTask;
    }

    Task IHostedService.StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
