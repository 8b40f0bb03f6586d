using Intake.Bots.Turns;

namespace Intake.Bots.Middleware;

/// <summary>Sends typing indicators on a timer until stopped; a stop waits for a send under way.</summary>
internal sealed class TypingTimer
{
    private readonly TurnContext _turn;
    private readonly CancellationToken _cancellationToken;
    private readonly ITimer _timer;
    private readonly Lock _gate = new();
    private Task _sending = Task.CompletedTask;
    private bool _stopped;

    public TypingTimer(TurnContext turn, TimeProvider time, TimeSpan delay, TimeSpan period, CancellationToken cancellationToken)
    {
        _turn = turn;
        _cancellationToken = cancellationToken;
        _timer = time.CreateTimer(static state => ((TypingTimer)state!).Tick(), this, delay, period);
    }

    public async Task StopAsync()
    {
        Task sending;
        lock (_gate)
        {
            _stopped = true;
            sending = _sending;
        }

        await _timer.DisposeAsync();
        await sending;
    }

    private void Tick()
    {
        lock (_gate)
        {
            if (_stopped || !_sending.IsCompleted)
            {
                return;
            }

            _sending = SendAsync();
        }
    }

    private async Task SendAsync()
    {
        try
        {
            await _turn.SendTypingAsync(_cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or Delivery.ConnectorException)
        {
            // A lost typing indicator is not worth failing the turn for.
        }
    }
}
