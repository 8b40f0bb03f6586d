namespace Intake.Benchmarks;

/// <summary>One user turn of <see cref="IntakeScript"/>: a join (conversationUpdate) or a typed message.</summary>
internal sealed record ScriptTurn(bool IsJoin, string? Text)
{
    public static ScriptTurn Join() => new(IsJoin: true, Text: null);

    public static ScriptTurn Say(string text) => new(IsJoin: false, Text: text);
}
