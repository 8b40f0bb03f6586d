using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intake.DirectLine.Conversations;

/// <summary>Runs <see cref="ConversationRegistry.Sweep"/> periodically (a tenth of the idle timeout, at most once a minute).</summary>
internal sealed class ConversationSweeper(ConversationRegistry registry, IOptions<DirectLineOptions> options, TimeProvider time, ILogger<ConversationSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromTicks(Math.Clamp(options.Value.IdleTimeout.Ticks / 10, TimeSpan.FromMilliseconds(200).Ticks, TimeSpan.FromMinutes(1).Ticks));
        using var timer = new PeriodicTimer(period, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (registry.Sweep() is > 0 and var removed)
                {
                    Log.ConversationsExpired(logger, removed, registry.Count);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }
}
