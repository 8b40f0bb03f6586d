namespace Intake.DirectLine;

/// <summary>Where the page's Direct Line runs.</summary>
public enum DirectLineMode
{
    /// <summary>This host serves Direct Line 3.0 itself under <c>/v3/directline</c> (no Azure account).</summary>
    Embedded,

    /// <summary>The page talks to Azure's Direct Line; this host only gets its tokens, server-side, with <c>DirectLine:Secret</c>.</summary>
    Azure,
}
