using System.Security.Claims;
using Intake.Bots.Delivery;

namespace Intake.Bots.Turns;

/// <summary>
/// Who delivered an activity and where its normal-delivery replies go: the identity the edge
/// authenticated (empty in Emulator mode), and a reply sink of the edge's own (the embedded Direct
/// Line's conversation), or none for the channel's connector at the activity's <c>serviceUrl</c>.
/// </summary>
public sealed record TurnCaller(ClaimsIdentity Identity, IReplySink? Replies = null)
{
    /// <summary>A caller that presented no credentials (allowed only where the host says so).</summary>
    public static TurnCaller Anonymous { get; } = new(new ClaimsIdentity());
}
