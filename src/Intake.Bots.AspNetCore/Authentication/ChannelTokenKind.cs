namespace Intake.Bots.AspNetCore.Authentication;

/// <summary>Who signed a channel token, which decides the checks against the activity it came with.</summary>
internal enum ChannelTokenKind
{
    /// <summary>Azure Bot Service with the Bot Framework issuer: <c>serviceurl</c> and the key's endorsements are checked.</summary>
    BotFramework,

    /// <summary>Azure Bot Service with an Entra-issued token: <c>serviceurl</c> is checked (Entra keys carry no endorsements).</summary>
    EntraChannel,

    /// <summary>The Emulator, with a token it got with the bot's own credentials: no <c>serviceurl</c>, no endorsements.</summary>
    Emulator,
}
