namespace Intake.Dialogs.Answers;

/// <summary>
/// The codes answers are stored as, per question. Labels and synonyms for each code live in the content
/// files; these codes are what state, triage rules, records and tests use. <c>none</c> means "none of these".
/// </summary>
public static class AnswerCodes
{
    public const string None = "none";

    public static readonly IReadOnlyList<string> Emergency =
        ["breathing-chest", "stroke-signs", "bladder-bowel", "fever-stiff-neck", "injury-deformity", "calf-clot", None];

    /// <summary>Emergency codes only a typed message can give (the screen has no button for them): another row-9 sign, and thoughts of self-harm.</summary>
    public static readonly IReadOnlyList<string> EmergencyTyped = ["other-sign", "self-harm"];

    /// <summary>The age of the person with the spasms (the one typing may be a parent): a typed number is read into its band.</summary>
    public static readonly IReadOnlyList<string> Age = ["under-18", "18-49", "50-64", "65-plus"];

    public static readonly IReadOnlyList<string> Location =
        ["back", "neck", "shoulders-arms", "hands", "legs", "feet-toes", "other"];

    public static readonly IReadOnlyList<string> Duration = ["seconds", "minutes", "long"];

    public static readonly IReadOnlyList<string> History = ["first", "days", "weeks", "months"];

    public static readonly IReadOnlyList<string> Symptoms =
        ["tightness", "stiff-joints", "involuntary-movements", "unusual-posture", "limited-motion", "difficulty-moving", None];

    /// <summary>The article's triggers, then the commonest causes of back spasms at a PT clinic: strain or overuse (lifting, sport), and posture (sitting, bending, sleeping wrong).</summary>
    public static readonly IReadOnlyList<string> Triggers =
        ["fatigue", "stress", "humidity", "heat", "cold", "no-stretching", "hot-activity", "dehydration", "strain", "posture", None];

    public static readonly IReadOnlyList<string> RedFlags =
        ["first-unknown-cause", "worsening", "losing-mobility", "pain-increasing", "daily-tasks", None];

    public static readonly IReadOnlyList<string> Nerve =
        ["blinking", "foot-cramps", "speaking", "neck-pulling", "dragging-leg", "ms", "spinal-cord-injury", "als", None];

    /// <summary>The standard red flags for back and muscle pain (INTAKE.md row 11), asked after the nerve signs.</summary>
    public static readonly IReadOnlyList<string> Background =
        ["cancer", "weight-loss", "fever-unwell", "night-pain", "recent-fall", "new-medicine", "pregnant", "limb-weakness", None];
}
