namespace Intake.Schema;

/// <summary>An error code and a sentence a developer can act on.</summary>
public sealed record ErrorDetail(string Code, string Message);
