using Intake.Bots.Content;
using Intake.Bots.Turns;
using Intake.Dialogs.Flow;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intake.Dialogs;

/// <summary>Registers the intake: its content (validated at start-up) and its bot.</summary>
public static class DialogsServiceCollectionExtensions
{
    /// <summary>The content languages, the fallback first.</summary>
    public static readonly IReadOnlyList<string> Languages = ["en", "es"];

    /// <summary>Where the content files are copied with the build.</summary>
    public static string ContentRoot => Path.Combine(AppContext.BaseDirectory, "Content");

    public static IServiceCollection AddIntakeDialogs(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => ContentCatalog.Load(ContentRoot, Languages));
        services.TryAddSingleton<IntakeFlow>();
        services.TryAddSingleton<IBot, IntakeBot>();
        return services;
    }
}
