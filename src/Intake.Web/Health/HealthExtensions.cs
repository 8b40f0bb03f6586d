using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Intake.Web.Health;

/// <summary><c>/healthz</c>: the process is alive. <c>/readyz</c>: the store answers (content was validated at start-up).</summary>
internal static class HealthExtensions
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddIntakeHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: [ReadyTag]);
        return services;
    }

    public static WebApplication MapIntakeHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
    }
}
