namespace Intake.Dialogs.Results;

/// <summary>The phone numbers the result calls, as <c>tel:</c> URIs (the sentences around them are content).</summary>
internal static class ClinicContact
{
    /// <summary>Primary Health Centers, (703) 354-8111.</summary>
    public static readonly Uri Clinic = new("tel:+17033548111");

    /// <summary>Emergency services in the United States.</summary>
    public static readonly Uri Emergency = new("tel:911");
}
