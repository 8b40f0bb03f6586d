namespace Intake.Schema;

/// <summary>Values of <c>code</c> on an endOfConversation activity.</summary>
public static class EndOfConversationCodes
{
    public const string Unknown = "unknown";
    public const string CompletedSuccessfully = "completedSuccessfully";
    public const string UserCancelled = "userCancelled";
}
