using Intake.Bots.Content;
using Intake.Bots.Startup;
using Intake.Bots.Turns;
using Microsoft.Extensions.Options;

namespace Intake.Web;

/// <summary>
/// A host that is configured wrongly stops before it starts with one line that names the setting (exit
/// code 1), not with a stack trace: the options are validated, the turn pipeline (with its content and
/// flow) is built, and the start-up checks run, all before the server listens.
/// </summary>
internal static class StartupRefusal
{
    /// <summary>Whether this program is the process itself (a test host that runs it in-process wants the exception).</summary>
    public static bool IsProcessEntry => System.Reflection.Assembly.GetEntryAssembly() == typeof(StartupRefusal).Assembly;

    public static void CheckBeforeStart(IServiceProvider services)
    {
        services.GetRequiredService<IStartupValidator>().Validate();
        _ = services.GetRequiredService<TurnHandler>();
        services.GetRequiredService<StartupChecks>().Run();
    }

    /// <summary>The one line to print when <paramref name="exception"/> is a refusal of the configuration, else <c>null</c>.</summary>
    public static string? Describe(Exception exception) => exception switch
    {
        StartupRefusedException or ContentException => $"Intake did not start: {exception.Message}",
        OptionsValidationException options => $"Intake did not start: {string.Join(" ", options.Failures)}",
        AggregateException { InnerExceptions: [var inner] } => Describe(inner),
        _ => null,
    };
}
