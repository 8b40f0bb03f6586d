namespace Intake.DirectLine.Tokens;

/// <summary>What a bearer credential turned out to be.</summary>
internal enum TokenCheck
{
    /// <summary>No credential, a malformed one, or a signature this host did not make: 401.</summary>
    Invalid,

    /// <summary>A token this host signed whose time is up: 403 <c>TokenExpired</c>.</summary>
    Expired,

    /// <summary>A valid token.</summary>
    Token,

    /// <summary>The Direct Line secret itself.</summary>
    Secret,
}
