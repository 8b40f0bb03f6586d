using Intake.Bots.Content;
using Intake.Bots.Turns;
using Intake.Dialogs.Flow;
using Intake.Dialogs.Records;
using Intake.Dialogs.Results;
using Intake.Dialogs.Triage;
using Intake.Dialogs.Understanding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Intake.Dialogs;

/// <summary>Registers the intake: its content and triage rules (validated at start-up), its flow and its bot.</summary>
public static class DialogsServiceCollectionExtensions
{
    /// <summary>The content languages, the fallback first.</summary>
    public static readonly IReadOnlyList<string> Languages = ["en", "es"];

    /// <summary>Where the content files are copied with the build.</summary>
    public static string ContentRoot => Path.Combine(AppContext.BaseDirectory, "Content");

    public static IServiceCollection AddIntakeDialogs(this IServiceCollection services)
    {
        services.AddOptions<IntakeOptions>().BindConfiguration(IntakeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(_ => ContentCatalog.Load(ContentRoot, Languages));
        services.TryAddSingleton(sp => TriageRuleSet.Load(Path.Combine(ContentRoot, TriageRuleSet.FileName), sp.GetRequiredService<ContentCatalog>()));
        services.TryAddSingleton(_ => UnderstandingLoader.Load(Path.Combine(ContentRoot, "understanding")));
        services.TryAddSingleton<TriageEvaluator>();
        services.TryAddSingleton<ResultComposer>();
        services.TryAddSingleton<SummaryComposer>();
        services.TryAddSingleton<IntakeRecordStore>();
        services.TryAddSingleton<IntakeOutcome>();
        services.TryAddSingleton<DataDeletion>();
        services.TryAddSingleton<IntakeFlow>();
        services.TryAddSingleton<IBot, IntakeBot>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, IntakeFlowStartupCheck>());
        return services;
    }
}
