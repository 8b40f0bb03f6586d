namespace Intake.UnitTests.Bots.Dialogs;

/// <summary>The values of the test waterfall.</summary>
internal sealed record ProfileValues(string? Name = null, int? Pain = null, IReadOnlyList<string>? Areas = null, bool? Ok = null);
