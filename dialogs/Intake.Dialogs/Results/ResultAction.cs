namespace Intake.Dialogs.Results;

/// <summary>What the patient can do after the result: <see cref="Summary"/> or <see cref="Restart"/>, with its label.</summary>
internal sealed record ResultAction(string Code, string Label)
{
    public const string Summary = "summary";
    public const string Restart = "restart";
}
