namespace Intake.Dialogs.Flow;

/// <summary>The content keys of the emergency watch and the crisis message (sign names are <c>emergency.signs.{concept id}</c>).</summary>
internal static class EmergencyContentKeys
{
    public const string Heard = "emergency.heard";
    public const string Information = "emergency.information";
    public const string CheckNow = "emergency.check.now";
    public const string CheckSudden = "emergency.check.sudden";
    public const string CheckSevere = "emergency.check.severe";
    public const string CheckBack = "emergency.check.back";
    public const string CheckNoWords = "emergency.check.no-words";
    public const string NotMeOffer = "emergency.not-me.offer";
    public const string NotMeLabel = "emergency.not-me.label";
    public const string NotMeWords = "emergency.not-me.synonyms";
    public const string NotMeDone = "emergency.not-me.done";
    public const string Crisis = "emergency.crisis";
    public const string CrisisInformation = "emergency.crisis-information";

    /// <summary>Every text key above (the lists are checked where they are read).</summary>
    public static readonly IReadOnlyList<string> Texts = [Heard, Information, CheckNow, CheckSudden, CheckSevere, CheckBack, NotMeOffer, NotMeLabel, NotMeDone, Crisis, CrisisInformation];
}
