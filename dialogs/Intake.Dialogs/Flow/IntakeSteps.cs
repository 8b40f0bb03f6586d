namespace Intake.Dialogs.Flow;

/// <summary>
/// The intake's question ids, in the order they are asked (DESIGN.md contract: every question's message
/// carries <c>channelData.intake.step</c> = one of these, re-asks included).
/// </summary>
internal static class IntakeSteps
{
    public const string Consent = "consent";
    public const string Emergency = "emergency";
    public const string Age = "age";
    public const string Location = "location";
    public const string Duration = "duration";
    public const string History = "history";
    public const string Worsening = "worsening";
    public const string Intensity = "intensity";
    public const string Symptoms = "symptoms";
    public const string Triggers = "triggers";
    public const string RedFlags = "redflags";
    public const string Nerve = "nerve";
    public const string Background = "background";
    public const string Confirm = "confirm";

    /// <summary>Not a question of the table: the one yes/no question about a possibly dangerous sign (with <c>channelData.intake.sign</c>).</summary>
    public const string Check = "check";
}
