namespace Intake.UnitTests.Bots.State;

/// <summary>A small slot value for state scope tests.</summary>
public sealed record ScopeTestNote(string Text, int Count);
