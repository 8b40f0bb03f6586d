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
/// A test adapter with no HTTP, driving the real <see cref="BotAdapter"/>: every turn builds a new engine
/// (dialogs, runner, bot, adapter) over the same store, so each turn proves the stored state alone is enough
/// to go on. The bot is the runner alone (engine tests) or a real bot such as the intake's (<see cref="ForBot"/>).
/// </summary>
internal sealed class DialogHarness
{
    private static readonly Lazy<ContentCatalog> LazyContent = new(() => ContentCatalog.Load(Path.Combine(AppContext.BaseDirectory, "Bots", "Dialogs", "TestContent"), ["en", "es"]));
    private readonly Func<ContentCatalog, IBot> _bot;
    private readonly ContentCatalog? _content;
    private int _sequence;

    /// <summary>Drives the runner <paramref name="build"/> makes, with nothing in front of it.</summary>
    public DialogHarness(Func<ContentCatalog, DialogRunner> build, string channelId = "emulator", string locale = "en-US", ContentCatalog? content = null)
        : this(c => new RunnerBot(build(c)), channelId, locale, content, storage: null)
    {
    }

    private DialogHarness(Func<ContentCatalog, IBot> bot, string channelId, string locale, ContentCatalog? content, IStorage? storage)
    {
        _bot = bot;
        _content = content;
        ChannelId = channelId;
        Locale = locale;
        Storage = storage ?? new MemoryStorage();
    }

    public static ContentCatalog Content => LazyContent.Value;

    public IStorage Storage { get; }

    public string ChannelId { get; }

    public string Locale { get; set; }

    public string ConversationId { get; } = "conv-" + Guid.NewGuid().ToString("N")[..8];

    public ChannelAccount User { get; } = new() { Id = "user-1", Name = "User", Role = "user" };

    /// <summary>How many engines were built (one per turn).</summary>
    public int Engines { get; private set; }

    public Task<IReadOnlyList<Activity>> SayAsync(string text) => SendAsync(Message() with { Text = text });

    public Task<IReadOnlyList<Activity>> SubmitAsync(string json)
        => SendAsync(Message() with { Value = JsonDocument.Parse(json).RootElement.Clone() });

    public Task<IReadOnlyList<Activity>> JoinAsync()
        => SendAsync(Message() with { Type = ActivityTypes.ConversationUpdate, MembersAdded = [User] });

    /// <summary>Drives a real bot (the intake's <c>IntakeBot</c>) over <paramref name="storage"/> (default: a new memory store).</summary>
    public static DialogHarness ForBot(Func<ContentCatalog, IBot> bot, ContentCatalog content, string locale = "en-US", IStorage? storage = null)
        => new(bot, "emulator", locale, content, storage);

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        var catalog = _content ?? Content;
        var bot = _bot(catalog);
        Engines++;
        var adapter = TestAdapter.Create(bot, new ErrorBoundaryMiddleware(catalog, NullLogger<ErrorBoundaryMiddleware>.Instance), new StateMiddleware(Storage));
        var outcome = await adapter.ProcessAsync(activity with { DeliveryMode = DeliveryModes.ExpectReplies }, TurnCaller.Anonymous, CancellationToken.None);
        return outcome.Replies ?? [];
    }

    /// <summary>The stored conversation state, as JSON text.</summary>
    public async Task<string> StoredStateAsync()
    {
        var item = await Storage.ReadAsync(StateKeys.Conversation(ChannelId, ConversationId), CancellationToken.None);
        return item is null ? string.Empty : Encoding.UTF8.GetString(item.Value.Span);
    }

    /// <summary>Replaces the stored conversation state (as JSON text), as another host or an older version would have left it.</summary>
    public async Task StoreStateAsync(string json)
        => await Storage.WriteAsync(StateKeys.Conversation(ChannelId, ConversationId), Encoding.UTF8.GetBytes(json), ETags.Any, CancellationToken.None);

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
