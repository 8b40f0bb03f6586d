using Intake.Bots.Content;
using Intake.Bots.State;
using Intake.Dialogs;
using Intake.Dialogs.Flow;
using Intake.Dialogs.Records;
using Intake.Dialogs.Results;
using Intake.Dialogs.Triage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Intake.UnitTests.Dialogs.Flow;

/// <summary>The real intake flow over the real content and rules, with an in-memory store for its records.</summary>
internal static class TestIntakeFlow
{
    public static IntakeFlow Create(ContentCatalog content, IStorage? storage = null)
    {
        var rules = content == IntakeContent.Catalog ? IntakeContent.Rules : TriageRuleSet.Load(IntakeContent.RulesPath, content);
        var records = new IntakeRecordStore(storage ?? new MemoryStorage());
        var outcome = new IntakeOutcome(new TriageEvaluator(rules), new ResultComposer(content), new SummaryComposer(content), records, Options.Create(new IntakeOptions()), NullLogger<IntakeOutcome>.Instance);
        return new IntakeFlow(content, outcome, new DataDeletion(content, records, NullLogger<DataDeletion>.Instance));
    }
}
