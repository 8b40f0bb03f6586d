namespace Intake.Bots.AspNetCore.Authentication;

/// <summary>The name of the channel authentication scheme.</summary>
public static class ChannelAuthenticationDefaults
{
    /// <summary>The scheme that authenticates Bot Framework channels (and the Emulator) calling the bot.</summary>
    public const string Scheme = "BotFramework";
}
