namespace Intake.DirectLine.Wire;

/// <summary>The user a start request names; the embedded Direct Line gives its own id and keeps only the name.</summary>
internal sealed record StartUser(string? Id, string? Name);
