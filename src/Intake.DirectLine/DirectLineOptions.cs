using System.ComponentModel.DataAnnotations;

namespace Intake.DirectLine;

/// <summary>The <c>DirectLine</c> settings: the mode, the secret, and the embedded endpoint's limits.</summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary><c>Embedded</c> (default) or <c>Azure</c>.</summary>
    public DirectLineMode Mode { get; set; } = DirectLineMode.Embedded;

    /// <summary>
    /// Embedded: the secret for <c>tokens/generate</c> and the key tokens are signed with (a random one per
    /// start when unset). Azure: the Direct Line channel's secret. Never sent to a browser.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>Azure mode: Azure's Direct Line base address (a regional or a test endpoint may replace it).</summary>
    [Required]
    public Uri AzureEndpoint { get; set; } = new("https://directline.botframework.com/v3/directline");

    /// <summary>How long a token lives; a refresh gives it as long again.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A conversation nobody has touched for this long is forgotten (its dialog state stays in the store).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The most activities a conversation keeps for reconnects; older ones are trimmed.</summary>
    [Range(10, 100_000)]
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>The most conversations held at once; a start beyond it gets 503 with <c>Retry-After</c>.</summary>
    [Range(1, 10_000_000)]
    public int MaxConversations { get; set; } = 20_000;

    /// <summary>How many activities a conversation may post in a burst before it gets 429.</summary>
    [Range(1, 10_000)]
    public int PostBurst { get; set; } = 30;

    /// <summary>How many posts a second a conversation regains after a burst.</summary>
    [Range(0.01, 10_000)]
    public double PostsPerSecond { get; set; } = 2;

    /// <summary>How many tokens or conversations one client address may get in a burst before it gets 429.</summary>
    [Range(1, 100_000)]
    public int StartBurst { get; set; } = 60;

    /// <summary>How many starts a second a client address regains after a burst.</summary>
    [Range(0.01, 10_000)]
    public double StartsPerSecond { get; set; } = 1;

    /// <summary>The largest activity a client may post.</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// Other sites that may use this host's chat: the clinic's own web site embedding the page in an iframe, or running
    /// Web Chat itself against <c>/api/directline/token</c> and <c>/v3/directline</c> (CORS). Origins only, such as
    /// <c>https://www.clinic.example</c>; none by default (the page at <c>/</c> needs none).
    /// </summary>
    public IList<string> AllowedOrigins { get; } = [];

    /// <summary>How often the WebSocket stream sends an empty keep-alive message.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan KeepAlive { get; set; } = TimeSpan.FromSeconds(20);
}
