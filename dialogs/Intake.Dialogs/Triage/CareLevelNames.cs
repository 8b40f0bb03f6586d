namespace Intake.Dialogs.Triage;

/// <summary>The wire names of the care levels (DESIGN.md: <c>channelData.intake.careLevel</c>, the rule file).</summary>
internal static class CareLevelNames
{
    public const string Emergency = "emergency";
    public const string Urgent = "urgent";
    public const string Appointment = "appointment";
    public const string SelfCare = "self-care";

    /// <summary>Every level name, highest first.</summary>
    public static readonly IReadOnlyList<string> All = [Emergency, Urgent, Appointment, SelfCare];

    public static string Name(this CareLevel level) => level switch
    {
        CareLevel.Emergency => Emergency,
        CareLevel.Urgent => Urgent,
        CareLevel.Appointment => Appointment,
        _ => SelfCare,
    };

    public static bool TryParse(string? name, out CareLevel level)
    {
        level = name switch
        {
            Emergency => CareLevel.Emergency,
            Urgent => CareLevel.Urgent,
            Appointment => CareLevel.Appointment,
            SelfCare => CareLevel.SelfCare,
            _ => (CareLevel)(-1),
        };
        return Enum.IsDefined(level);
    }
}
