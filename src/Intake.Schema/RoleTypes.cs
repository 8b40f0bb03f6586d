namespace Intake.Schema;

/// <summary>Values of <c>role</c> on a channel account.</summary>
public static class RoleTypes
{
    public const string User = "user";
    public const string Bot = "bot";
}
