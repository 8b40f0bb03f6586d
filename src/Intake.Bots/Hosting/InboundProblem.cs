namespace Intake.Bots.Hosting;

/// <summary>Why an inbound request runs no turn: the status, a title and a sentence saying what to fix.</summary>
internal sealed record InboundProblem(int Status, string Title, string Detail);
