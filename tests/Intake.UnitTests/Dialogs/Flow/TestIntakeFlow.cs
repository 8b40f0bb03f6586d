using Intake.Bots.Content;
using Intake.Bots.State;
using Intake.Dialogs;
using Intake.Dialogs.Flow;
using Intake.Dialogs.Records;
using Intake.Dialogs.Results;
using Intake.Dialogs.Triage;
using Intake.UnitTests.Dialogs.Understanding;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Intake.UnitTests.Dialogs.Flow;

/// <summary>The real intake flow over the real content and rules, with an in-memory store for its records.</summary>
internal static class TestIntakeFlow
{
    public static IntakeFlow Create(ContentCatalog content, IStorage? storage = null)
    {
        var records = new IntakeRecordStore(storage ?? new MemoryStorage());
        return new IntakeFlow(content, UnderstandingData.Reader, Outcome(content, records), new DataDeletion(content, records, NullLogger<DataDeletion>.Instance));
    }

    /// <summary>The end of the intake (triage, result, summary, records) over the real rules.</summary>
    public static IntakeOutcome Outcome(ContentCatalog content, IntakeRecordStore records)
    {
        var rules = content == IntakeContent.Catalog ? IntakeContent.Rules : TriageRuleSet.Load(IntakeContent.RulesPath, content);
        return new IntakeOutcome(new TriageEvaluator(rules), new ResultComposer(content), new SummaryComposer(content), records, Options.Create(new IntakeOptions()), NullLogger<IntakeOutcome>.Instance);
    }
}
