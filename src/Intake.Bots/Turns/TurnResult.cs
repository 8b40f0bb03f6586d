using Intake.Schema;

namespace Intake.Bots.Turns;

/// <summary>What the HTTP edge needs after a turn: the invoke answer, if any, and how many attempts it took.</summary>
public sealed record TurnResult(InvokeResponse? InvokeResponse, int Attempts);
