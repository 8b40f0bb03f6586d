using Intake.Bots.State;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Intake.Web.Health;

/// <summary>Ready when the configured store answers a read.</summary>
internal sealed class StorageHealthCheck(IStorage storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            await storage.ReadAsync("intake/readiness", timeout.Token);
            return HealthCheckResult.Healthy("The store answered.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"The store did not answer ({ex.GetType().Name}).");
        }
    }
}
