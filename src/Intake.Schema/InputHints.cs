namespace Intake.Schema;

/// <summary>Values of <c>inputHint</c>, in the forms the REST reference and the channels use.</summary>
public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string ExpectingInput = "expectingInput";
    public const string IgnoringInput = "ignoringInput";
}
