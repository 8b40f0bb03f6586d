namespace Intake.IntegrationTests.Transcripts;

/// <summary>One line of a transcript file: what to do (<see cref="Kind"/>) and its argument, with its line number.</summary>
public sealed record TranscriptLine(int Number, string Kind, string Argument);
