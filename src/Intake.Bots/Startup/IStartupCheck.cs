namespace Intake.Bots.Startup;

/// <summary>A check of the host's configuration that refuses to start with a sentence naming the setting.</summary>
public interface IStartupCheck
{
    /// <summary>Throws <see cref="StartupRefusedException"/> (or the content's own exception) when the host must not start.</summary>
    void Check();
}
