namespace Intake.Benchmarks;

/// <summary>
/// One user turn of <see cref="IntakeScript"/>: a join (conversationUpdate) or a typed message, and what
/// the intake must answer with, read from <c>channelData.intake</c> (never from text): the next question's
/// step id, or the result's care level.
/// </summary>
internal sealed record ScriptTurn(bool IsJoin, string? Text, string? ExpectStep = null, string? ExpectCareLevel = null)
{
    public static ScriptTurn Join(string expectStep) => new(IsJoin: true, Text: null, ExpectStep: expectStep);

    public static ScriptTurn Say(string text, string expectStep) => new(IsJoin: false, Text: text, ExpectStep: expectStep);

    public static ScriptTurn Finish(string text, string expectCareLevel) => new(IsJoin: false, Text: text, ExpectCareLevel: expectCareLevel);
}
