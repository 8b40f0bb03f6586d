using Intake.Bots.Auth;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intake.Bots.Startup;

/// <summary>
/// Fails start-up with a sentence naming the setting when channel authentication is misconfigured:
/// no App ID outside Development (unless <c>AllowUnauthenticated</c>), or an App ID this build cannot
/// yet validate tokens for. Says so in the log when it runs in Emulator mode.
/// </summary>
internal sealed class ChannelAuthStartupCheck(IOptions<ChannelAuthOptions> options, IHostEnvironment environment, ILogger<ChannelAuthStartupCheck> logger) : IStartupCheck
{
    public void Check()
    {
        var auth = options.Value;
        if (auth.HasAppId)
        {
            throw new StartupRefusedException(
                "MicrosoftAppId is set, but this build does not validate channel tokens yet (Teams and Azure Bot Service need it). " +
                "Unset MicrosoftAppId to run in Emulator mode.");
        }

        if (!environment.IsDevelopment() && !auth.AllowUnauthenticated)
        {
            throw new StartupRefusedException(
                $"MicrosoftAppId is not set and the environment is '{environment.EnvironmentName}': refusing to accept unauthenticated channel requests. " +
                "Set MicrosoftAppId and MicrosoftAppPassword, or AllowUnauthenticated=true behind a gateway that authenticates.");
        }

        Log.AnonymousMode(logger, environment.EnvironmentName);
    }
}
