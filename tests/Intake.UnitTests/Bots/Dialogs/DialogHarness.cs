using System.Text;
using System.Text.Json;
using Intake.Bots.Content;
using Intake.Bots.Delivery;
using Intake.Bots.Dialogs;
using Intake.Bots.Middleware;
using Intake.Bots.State;
using Intake.Bots.Turns;
using Intake.Schema;
using Intake.UnitTests.Bots.Turns;
using Microsoft.Extensions.Logging.Abstractions;

namespace Intake.UnitTests.Bots.Dialogs;

/// <summary>
/// A test adapter with no HTTP: every turn builds a new engine (dialogs, runner, adapter) over the same
/// in-memory store, so each turn proves the stored state alone is enough to go on.
/// </summary>
internal sealed class DialogHarness(Func<ContentCatalog, DialogRunner> build, string channelId = "emulator", string locale = "en-US", ContentCatalog? content = null)
{
    private static readonly Lazy<ContentCatalog> LazyContent = new(() => ContentCatalog.Load(Path.Combine(AppContext.BaseDirectory, "Bots", "Dialogs", "TestContent"), ["en", "es"]));
    private int _sequence;

    public static ContentCatalog Content => LazyContent.Value;

    public MemoryStorage Storage { get; } = new();

    public string ChannelId { get; } = channelId;

    public string Locale { get; set; } = locale;

    public string ConversationId { get; } = "conv-" + Guid.NewGuid().ToString("N")[..8];

    public ChannelAccount User { get; } = new() { Id = "user-1", Name = "User", Role = "user" };

    /// <summary>How many engines were built (one per turn).</summary>
    public int Engines { get; private set; }

    public Task<IReadOnlyList<Activity>> SayAsync(string text) => SendAsync(Message() with { Text = text });

    public Task<IReadOnlyList<Activity>> SubmitAsync(string json)
        => SendAsync(Message() with { Value = JsonDocument.Parse(json).RootElement.Clone() });

    public Task<IReadOnlyList<Activity>> JoinAsync()
        => SendAsync(Message() with { Type = ActivityTypes.ConversationUpdate, MembersAdded = [User] });

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        var catalog = content ?? Content;
        var runner = build(catalog);
        Engines++;
        var adapter = TestAdapter.Create(new RunnerBot(runner), new ErrorBoundaryMiddleware(catalog, NullLogger<ErrorBoundaryMiddleware>.Instance), new StateMiddleware(Storage));
        var outcome = await adapter.ProcessAsync(activity with { DeliveryMode = DeliveryModes.ExpectReplies }, TurnCaller.Anonymous, CancellationToken.None);
        return outcome.Replies ?? [];
    }

    /// <summary>The stored conversation state, as JSON text.</summary>
    public async Task<string> StoredStateAsync()
    {
        var item = await Storage.ReadAsync(StateKeys.Conversation(ChannelId, ConversationId), CancellationToken.None);
        return item is null ? string.Empty : Encoding.UTF8.GetString(item.Value.Span);
    }

    /// <summary>The stored dialog stack.</summary>
    public async Task<DialogStack?> StackAsync()
    {
        var json = await StoredStateAsync();
        if (json.Length == 0)
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty(DialogStack.Key.Name, out var stack) ? stack.Deserialize(DialogStack.Key.TypeInfo) : null;
    }

    public Activity Message() => new()
    {
        Type = ActivityTypes.Message,
        Id = $"a{Interlocked.Increment(ref _sequence)}",
        ChannelId = ChannelId,
        Conversation = new ConversationAccount { Id = ConversationId },
        From = User,
        Recipient = new ChannelAccount { Id = "bot", Role = "bot" },
        Locale = Locale,
        ServiceUrl = "http://localhost",
    };

    private sealed class RunnerBot(DialogRunner runner) : IBot
    {
        public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
            => await runner.RunAsync(turn, cancellationToken);
    }
}
