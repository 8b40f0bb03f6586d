namespace Intake.Dialogs.Flow;

/// <summary>What the emergency watch heard in one message, most urgent first.</summary>
internal enum EmergencyHeard
{
    /// <summary>Thoughts of suicide or self-harm: the crisis message (988, 911).</summary>
    Crisis,

    /// <summary>An affirmed sign, the patient's, now: the 911 message.</summary>
    Emergency,

    /// <summary>A possible sign, said with doubt: the one yes/no <c>check</c> question.</summary>
    Check,

    /// <summary>A sign that is someone else's or a "what if": the 911 advice as information, and the intake goes on.</summary>
    Information,

    /// <summary>Only denied, past or other people's signs: at the screen, the answer "none".</summary>
    Denied,
}
