using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Intake.Bots.AspNetCore.Authentication;

/// <summary>
/// One issuer's OpenID metadata and signing keys (with their <c>endorsements</c>), fetched on first use,
/// kept for <see cref="ChannelKeyRefreshOptions.RefreshInterval"/>, fetched once more when a token names an
/// unknown key (at most once per <see cref="ChannelKeyRefreshOptions.UnknownKeyRefreshInterval"/>). A failed
/// fetch keeps the keys held before; with none held, every token fails closed until a fetch succeeds.
/// </summary>
internal sealed class OpenIdKeySource(string metadataUrl, IHttpClientFactory clients, ChannelKeyRefreshOptions timing, TimeProvider time, ILogger logger) : IDisposable
{
    private const int MaxDocumentBytes = 1024 * 1024;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private OpenIdKeySnapshot? _current;
    private DateTimeOffset? _failedAt;
    private DateTimeOffset? _unknownKeyRefreshAt;

    /// <summary>The keys to validate with, fetching them when none are held or they are due; <c>null</c> when none can be had.</summary>
    public async Task<OpenIdKeySnapshot?> GetAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        if (current is not null && time.GetUtcNow() - current.FetchedAt < timing.RefreshInterval)
        {
            return current;
        }

        return await FetchAsync(current, cancellationToken) ?? current;
    }

    /// <summary>
    /// Fetches the keys again because a token named <paramref name="kid"/>, unless that was done within the
    /// rate limit; returns the keys then held.
    /// </summary>
    public async Task<OpenIdKeySnapshot?> RefreshForUnknownKeyAsync(string kid, CancellationToken cancellationToken)
    {
        var current = _current;
        var now = time.GetUtcNow();
        if (current?.HasKey(kid) == true || (_unknownKeyRefreshAt is { } last && now - last < timing.UnknownKeyRefreshInterval))
        {
            return current;
        }

        _unknownKeyRefreshAt = now;
        return await FetchAsync(current, cancellationToken, force: true) ?? current;
    }

    private async Task<OpenIdKeySnapshot?> FetchAsync(OpenIdKeySnapshot? seen, CancellationToken cancellationToken, bool force = false)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Another request fetched while this one waited: use what it got.
            if (!ReferenceEquals(_current, seen))
            {
                return _current;
            }

            if (_failedAt is { } failed && time.GetUtcNow() - failed < timing.FailedFetchRetryInterval && !force)
            {
                return null;
            }

            try
            {
                // A setting that is no URL fails closed like an unreachable issuer (the start-up check names it when an App ID is set).
                if (!Uri.TryCreate(metadataUrl, UriKind.Absolute, out var metadataUri))
                {
                    throw new InvalidDataException("The metadata URL is not an absolute URL.");
                }

                var metadata = OpenIdConnectConfiguration.Create(await GetDocumentAsync(metadataUri, cancellationToken));
                if (!Uri.TryCreate(metadata.JwksUri, UriKind.Absolute, out var jwksUri))
                {
                    throw new InvalidDataException("The metadata has no absolute jwks_uri.");
                }

                var keysJson = await GetDocumentAsync(jwksUri, cancellationToken);
                _current = Parse(keysJson, time.GetUtcNow());
                _failedAt = null;
                Log.ChannelKeysFetched(logger, Host, _current.Keys.Count);
                return _current;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                _failedAt = time.GetUtcNow();
                Log.ChannelKeysUnavailable(logger, Host, ex.GetType().Name);
                return null;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<string> GetDocumentAsync(Uri uri, CancellationToken cancellationToken)
    {
        // Keys come over TLS; plain http is accepted only on this machine (a test's or a developer's issuer).
        if (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
        {
            throw new InvalidDataException("Signing keys are fetched over https only.");
        }

        using var http = clients.CreateClient(ChannelKeySources.HttpClientName);
        using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The issuer answered {(int)response.StatusCode}.", null, response.StatusCode);
        }

        if (response.Content.Headers.ContentLength > MaxDocumentBytes)
        {
            throw new InvalidDataException("The issuer's document is too large.");
        }

        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    // The keys as IdentityModel reads them; the endorsements straight from the JSON (an extension field of each JWK).
    private static OpenIdKeySnapshot Parse(string keysJson, DateTimeOffset now)
    {
        var set = new JsonWebKeySet(keysJson) { SkipUnresolvedJsonWebKeys = true };
        var endorsements = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(keysJson);
        if (document.RootElement.TryGetProperty("keys", out var keys) && keys.ValueKind == JsonValueKind.Array)
        {
            foreach (var key in keys.EnumerateArray())
            {
                if (key.ValueKind == JsonValueKind.Object
                    && key.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String
                    && key.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
                {
                    endorsements[kid.GetString()!] = [.. list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)];
                }
            }
        }

        return new OpenIdKeySnapshot([.. set.GetSigningKeys()], endorsements, now);
    }

    public void Dispose() => _gate.Dispose();

    private string Host => Uri.TryCreate(metadataUrl, UriKind.Absolute, out var uri) ? uri.Host : "(not a URL)";
}
