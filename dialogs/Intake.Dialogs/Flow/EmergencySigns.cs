using System.Collections.Frozen;
using Intake.Dialogs.Answers;

namespace Intake.Dialogs.Flow;

/// <summary>
/// How the understanding layer's concepts become INTAKE.md row 9's signs: the emergency answer code each sign
/// is kept as (<see cref="AnswerCodes.Emergency"/>, else <c>other-sign</c>), and the signs that are two concepts
/// together (a fever with a stiff neck, a fever with a leg that bears no weight).
/// </summary>
internal static class EmergencySigns
{
    public const string SelfHarm = "self-harm";

    /// <summary>The concept that says a sign started suddenly ("all of a sudden", "de repente").</summary>
    public const string SuddenOnset = "sudden-onset";

    /// <summary>
    /// Row 9's signs made of two concepts said in the same message: (first, any of the seconds, the sign, whether the
    /// first counts when it is past). A wound comes days or weeks before tetanus locks the jaw: "stepped on a nail two
    /// weeks ago and now my jaw is tight" is the sign.
    /// </summary>
    public static readonly IReadOnlyList<(string First, string[] Seconds, string Sign, bool FirstMayBePast)> Pairs =
    [
        ("fever", ["stiff-neck"], "fever-stiff-neck", false),
        ("fever", ["cannot-bear-weight"], "fever-cannot-bear-weight", false),
        ("serious-injury", ["spasm", "severe-pain"], InjurySpasm, false),
        ("wound", ["jaw-tight"], "tetanus-signs", true),
    ];

    /// <summary>Spasms or very bad pain after a serious injury (a crash, a fall from a height): an emergency with severe pain or a limb that looks wrong, so asked.</summary>
    public const string InjurySpasm = "injury-spasm";

    private static readonly FrozenDictionary<string, string> Codes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["chest-pain"] = "breathing-chest",
        ["breathing-difficulty"] = "breathing-chest",
        ["throat-swallowing"] = "breathing-chest",
        ["face-droop"] = "stroke-signs",
        ["speech-trouble"] = "stroke-signs",
        ["one-side-weakness"] = "stroke-signs",
        ["both-legs-weak"] = "stroke-signs",
        ["vision-loss"] = "stroke-signs",
        ["bladder-bowel-loss"] = "bladder-bowel",
        ["saddle-numbness"] = "bladder-bowel",
        ["fever-stiff-neck"] = "fever-stiff-neck",
        ["severe-headache"] = "fever-stiff-neck",
        ["limb-deformity"] = "injury-deformity",
        [InjurySpasm] = "injury-deformity",
        ["swollen-calf"] = "calf-clot",
        [SelfHarm] = SelfHarm,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The emergency answer code a sign is kept as.</summary>
    public static string CodeOf(string sign) => Codes.GetValueOrDefault(sign, "other-sign");

    /// <summary>The codes of <paramref name="signs"/>, each once, in the order of the screen's codes.</summary>
    public static IReadOnlyList<string> CodesOf(IEnumerable<string> signs)
    {
        var codes = signs.Select(CodeOf).ToHashSet(StringComparer.Ordinal);
        return [.. AnswerCodes.Emergency.Concat(AnswerCodes.EmergencyTyped).Where(codes.Contains)];
    }

    /// <summary>Signs that are an emergency only when they started suddenly (trouble speaking is also a row-8 nerve sign; double vision may be old).</summary>
    public static bool NeedsOnset(string sign) => sign is "speech-trouble" or "vision-loss";

    /// <summary>Signs that are an emergency only when the pain is severe or a limb looks wrong: always asked.</summary>
    public static bool NeedsSeverity(string sign) => sign == InjurySpasm;

    /// <summary>Stroke signs: what matters is whether they started suddenly, so their check asks about the onset.</summary>
    public static bool AsksOnset(string sign) => CodeOf(sign) == "stroke-signs";
}
