namespace Intake.Bots.Content;

/// <summary>A content file is missing, malformed or inconsistent; the message names the file and line.</summary>
public sealed class ContentException : Exception
{
    public ContentException()
    {
    }

    public ContentException(string message)
        : base(message)
    {
    }

    public ContentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
