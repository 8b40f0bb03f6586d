namespace Intake.Dialogs.Records;

/// <summary>The ids of one user's records, so "delete my data" finds every one of them.</summary>
internal sealed record RecordIndex(IReadOnlyList<string> Ids);
