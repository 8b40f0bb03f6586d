using System.ComponentModel.DataAnnotations;

namespace Intake.Storage;

/// <summary>Which store holds state (section <c>Storage</c>); connection strings are under <c>ConnectionStrings:{Provider}</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary><c>Sqlite</c> (default), <c>Memory</c>, <c>Redis</c> or <c>PostgreSql</c>.</summary>
    [Required(ErrorMessage = "Storage:Provider must be set: Sqlite, Memory, Redis or PostgreSql.")]
    [RegularExpression("^(Sqlite|Memory|Redis|PostgreSql)$", ErrorMessage = "Storage:Provider must be Sqlite, Memory, Redis or PostgreSql.")]
    public string Provider { get; set; } = StorageProviders.Sqlite;

    /// <summary>How long a conversation's state lives after its last write (every store; intake records and user state never expire).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00", ErrorMessage = "Storage:ConversationTtl must be between 00:01:00 and 365.00:00:00.")]
    public TimeSpan ConversationTtl { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Prefix of every key the Redis store writes (<c>Storage:RedisKeyPrefix</c>), so several deployments can share one server.</summary>
    [RegularExpression("^[^\\s]{0,64}$", ErrorMessage = "Storage:RedisKeyPrefix must be at most 64 characters without spaces.")]
    public string RedisKeyPrefix { get; set; } = "intake:";
}
