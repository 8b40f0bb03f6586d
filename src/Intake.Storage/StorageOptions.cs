using System.ComponentModel.DataAnnotations;

namespace Intake.Storage;

/// <summary>Which store holds state (section <c>Storage</c>); connection strings are under <c>ConnectionStrings:{Provider}</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary><c>Sqlite</c> (default), <c>Memory</c>, <c>Redis</c> or <c>PostgreSql</c>.</summary>
    [Required(ErrorMessage = "Storage:Provider must be set: Sqlite or Memory in this build.")]
    [RegularExpression("^(Sqlite|Memory)$", ErrorMessage = "Storage:Provider must be Sqlite or Memory in this build.")]
    public string Provider { get; set; } = StorageProviders.Sqlite;

    /// <summary>How long a conversation's state lives after its last write (the memory store today; the durable stores will read it too).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00", ErrorMessage = "Storage:ConversationTtl must be between 00:01:00 and 365.00:00:00.")]
    public TimeSpan ConversationTtl { get; set; } = TimeSpan.FromDays(1);
}
