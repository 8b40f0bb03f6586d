using Intake.DirectLine.Conversations;
using Intake.DirectLine.Tokens;
using Microsoft.AspNetCore.Http;

namespace Intake.DirectLine.Endpoints;

/// <summary>
/// Who is calling a Direct Line route: the secret (any conversation) or a token (its own conversation only), read
/// from <c>Authorization: Bearer</c> or, for the WebSocket that cannot send headers, the stream URL's <c>t</c>.
/// </summary>
internal sealed record DirectLineCaller(TokenCheck Kind, DirectLineToken? Token)
{
    public static (DirectLineCaller? Caller, DirectLineProblem? Problem) FromHeader(HttpRequest request, TokenIssuer issuer)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        var credential = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
        return From(credential, issuer);
    }

    public static (DirectLineCaller? Caller, DirectLineProblem? Problem) From(string? credential, TokenIssuer issuer)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        return issuer.Check(credential, out var token) switch
        {
            TokenCheck.Expired => (null, DirectLineProblem.Expired()),
            TokenCheck.Invalid => (null, DirectLineProblem.MissingCredential()),
            var kind => (new DirectLineCaller(kind, token), null),
        };
    }

    /// <summary>
    /// The conversation the caller may use: 403 for another conversation's token, 404 for one this host does not hold.
    /// A valid token's conversation that this host forgot (idle, restarted) is held again, empty: its dialog state is in the store.
    /// </summary>
    public (DirectLineConversation? Conversation, DirectLineProblem? Problem) Open(string conversationId, ConversationRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        if (Kind == TokenCheck.Token && !string.Equals(Token!.ConversationId, conversationId, StringComparison.Ordinal))
        {
            return (null, DirectLineProblem.OtherConversation());
        }

        if (registry.Find(conversationId) is { } found)
        {
            return (found, null);
        }

        if (Kind == TokenCheck.Token && registry.GetOrStart(conversationId, Token!.UserId, Token.Locale).Conversation is { } held)
        {
            return (held, null);
        }

        return (null, DirectLineProblem.UnknownConversation());
    }
}
