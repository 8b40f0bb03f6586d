using Intake.Bots.Content;
using Intake.Dialogs;
using Intake.Dialogs.Triage;

namespace Intake.UnitTests.Dialogs;

/// <summary>The real content and rule files, as the host loads them, shared by the dialog tests.</summary>
internal static class IntakeContent
{
    private static readonly Lazy<ContentCatalog> LazyCatalog = new(() => ContentCatalog.Load(DialogsServiceCollectionExtensions.ContentRoot, DialogsServiceCollectionExtensions.Languages));
    private static readonly Lazy<TriageRuleSet> LazyRules = new(() => TriageRuleSet.Load(RulesPath, Catalog));

    public static ContentCatalog Catalog => LazyCatalog.Value;

    public static TriageRuleSet Rules => LazyRules.Value;

    public static string RulesPath => Path.Combine(DialogsServiceCollectionExtensions.ContentRoot, TriageRuleSet.FileName);
}
