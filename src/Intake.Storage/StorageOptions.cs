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
}
