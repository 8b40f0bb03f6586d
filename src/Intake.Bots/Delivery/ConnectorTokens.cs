using Intake.Bots.Auth;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace Intake.Bots.Delivery;

/// <summary>
/// The bot's token for the Bot Connector, one per host: fetched on the first reply that needs it, reused,
/// and fetched again <see cref="RefreshMargin"/> before it expires (never sent within that margin). None
/// when the bot has no App ID (the Emulator without credentials).
/// </summary>
public sealed class ConnectorTokens : IDisposable
{
    /// <summary>How long before its expiry a token is replaced.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly Lazy<IChannelTokenSource>? _source;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ChannelAccessToken? _current;

    public ConnectorTokens(IOptions<ChannelAuthOptions> options, IMsalHttpClientFactory http, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time;
        var auth = options.Value;
        if (auth.HasAppId)
        {
            // Built on first use: a misconfiguration is the start-up check's to report, in its words.
            _source = new Lazy<IChannelTokenSource>(() => auth.AppType == ChannelAppType.UserAssignedMSI
                ? new ManagedIdentityTokenSource(auth, http)
                : new ClientCredentialsTokenSource(auth, http));
        }
    }

    internal ConnectorTokens(IChannelTokenSource source, TimeProvider time)
    {
        _source = new Lazy<IChannelTokenSource>(source);
        _time = time;
    }

    /// <summary>Whether the bot has an identity to get tokens for.</summary>
    public bool Enabled => _source is not null;

    /// <summary>A token valid for at least <see cref="RefreshMargin"/> more.</summary>
    public async ValueTask<string> GetAsync(CancellationToken cancellationToken)
    {
        if (_source is null)
        {
            throw new InvalidOperationException("The bot has no MicrosoftAppId, so it has no token to send.");
        }

        if (Fresh(_current) is { } cached)
        {
            return cached.Value;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(_current) is { } fetchedMeanwhile)
            {
                return fetchedMeanwhile.Value;
            }

            _current = await _source.Value.AcquireAsync(cancellationToken);
            return _current.Value;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private ChannelAccessToken? Fresh(ChannelAccessToken? token)
        => token is not null && _time.GetUtcNow() < token.ExpiresOn - RefreshMargin ? token : null;
}
