using System.ComponentModel.DataAnnotations;

namespace Intake.Bots.AspNetCore;

/// <summary>Settings of the HTTP edge (section <c>Bot</c>).</summary>
internal sealed class BotHttpOptions
{
    public const string Section = "Bot";

    /// <summary>The largest activity accepted, in bytes (Azure Bot Service's own limit by default).</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 262_144;

    /// <summary>
    /// Origins replies may go to besides the Bot Framework's connectors (Direct Line bridges, other clouds):
    /// <c>https://host[:port]</c>, <c>https://*.example.org</c> for the hosts below it.
    /// </summary>
    public IList<string> ServiceUrls { get; } = new List<string>();
}
