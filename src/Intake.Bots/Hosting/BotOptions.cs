using System.ComponentModel.DataAnnotations;

namespace Intake.Bots.Hosting;

/// <summary>Settings of the <c>/api/messages</c> endpoint (section <c>Bot</c>).</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>The largest activity accepted, in bytes (Azure Bot Service's own limit by default).</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 262_144;
}
