namespace Intake.Dialogs.Records;

/// <summary>
/// The ids of one user's records, so "delete my data" finds every one of them: the newest ids in this open page,
/// and <see cref="Pages"/> full pages before it (<c>…/index/0</c>, <c>…/index/1</c>, …), so keeping a record
/// rewrites at most one small page, never the whole list. An index written before paging has no pages.
/// </summary>
internal sealed record RecordIndex(IReadOnlyList<string> Ids)
{
    /// <summary>How many ids a page holds before it is closed and a new one begins.</summary>
    public const int PageSize = 32;

    /// <summary>How many full pages come before this one.</summary>
    public int Pages { get; init; }
}
