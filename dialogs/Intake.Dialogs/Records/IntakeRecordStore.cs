using System.Text.Json;
using Intake.Bots.State;

namespace Intake.Dialogs.Records;

/// <summary>
/// Keeps intake records in the configured <see cref="IStorage"/> under the patient's opaque id:
/// <c>intake/records/{user}/items/{id}</c>, with an index at <c>intake/records/{user}/index</c> updated under
/// its ETag (a lost race is read again and retried), so every record of a user can be erased. The index is paged
/// (<see cref="RecordIndex"/>): a completion writes at most one page of <see cref="RecordIndex.PageSize"/> ids.
/// </summary>
internal sealed class IntakeRecordStore(IStorage storage)
{
    private const int MaxAttempts = 5;

    public async Task SaveAsync(IntakeRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(record, DialogsJsonContext.Default.IntakeRecord);
        await storage.WriteAsync(RecordKey(record.User, record.Id), bytes, ETags.Any, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var (index, etag) = await ReadIndexAsync(record.User, cancellationToken);
            if (index.Ids.Contains(record.Id, StringComparer.Ordinal))
            {
                return;
            }

            var next = index with { Ids = [.. index.Ids, record.Id] };
            if (index.Ids.Count >= RecordIndex.PageSize)
            {
                // Close the full page under its number (idempotent: a racing writer closes the same page with the same
                // ids), then start a new one; the head's compare-and-set below decides which writer went first.
                var page = JsonSerializer.SerializeToUtf8Bytes(new RecordIndex(index.Ids), DialogsJsonContext.Default.RecordIndex);
                await storage.WriteAsync(PageKey(record.User, index.Pages), page, ETags.Any, cancellationToken);
                next = new RecordIndex([record.Id]) { Pages = index.Pages + 1 };
            }

            var updated = JsonSerializer.SerializeToUtf8Bytes(next, DialogsJsonContext.Default.RecordIndex);
            try
            {
                await storage.WriteAsync(IndexKey(record.User), updated, etag, cancellationToken);
                return;
            }
            catch (ETagConflictException) when (attempt < MaxAttempts)
            {
                // Another turn of the same user added a record meanwhile: read the index again.
            }
        }
    }

    /// <summary>Every record of the user, oldest first.</summary>
    public async Task<IReadOnlyList<IntakeRecord>> ListAsync(string user, CancellationToken cancellationToken)
    {
        var ids = await AllIdsAsync(user, cancellationToken);
        var records = new List<IntakeRecord>(ids.Count);
        foreach (var id in ids)
        {
            if (await storage.ReadAsync(RecordKey(user, id), cancellationToken) is { } item)
            {
                records.Add(JsonSerializer.Deserialize(item.Value.Span, DialogsJsonContext.Default.IntakeRecord)!);
            }
        }

        return records;
    }

    /// <summary>Erases every record of the user and the index; returns how many records there were.</summary>
    public async Task<int> DeleteAllAsync(string user, CancellationToken cancellationToken)
    {
        var (index, _) = await ReadIndexAsync(user, cancellationToken);
        var deleted = 0;
        foreach (var id in await AllIdsAsync(user, cancellationToken))
        {
            if (await storage.DeleteAsync(RecordKey(user, id), cancellationToken))
            {
                deleted++;
            }
        }

        for (var page = 0; page < index.Pages; page++)
        {
            await storage.DeleteAsync(PageKey(user, page), cancellationToken);
        }

        await storage.DeleteAsync(IndexKey(user), cancellationToken);
        return deleted;
    }

    public static string RecordKey(string user, string id) => $"{Prefix(user)}/items/{StateKeys.Escape(id)}";

    public static string IndexKey(string user) => $"{Prefix(user)}/index";

    public static string PageKey(string user, int page) => $"{IndexKey(user)}/{page.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    private static string Prefix(string user) => $"intake/records/{StateKeys.Escape(user)}";

    // The closed pages' ids, then the open page's; each id once (a save retried after a crash may add one twice).
    private async Task<IReadOnlyList<string>> AllIdsAsync(string user, CancellationToken cancellationToken)
    {
        var (index, _) = await ReadIndexAsync(user, cancellationToken);
        var ids = new List<string>((index.Pages * RecordIndex.PageSize) + index.Ids.Count);
        for (var page = 0; page < index.Pages; page++)
        {
            if (await storage.ReadAsync(PageKey(user, page), cancellationToken) is { } item)
            {
                ids.AddRange(JsonSerializer.Deserialize(item.Value.Span, DialogsJsonContext.Default.RecordIndex)!.Ids);
            }
        }

        ids.AddRange(index.Ids);
        return [.. ids.Distinct(StringComparer.Ordinal)];
    }

    private async Task<(RecordIndex Index, string? ETag)> ReadIndexAsync(string user, CancellationToken cancellationToken)
    {
        var item = await storage.ReadAsync(IndexKey(user), cancellationToken);
        return item is null
            ? (new RecordIndex([]), null)
            : (JsonSerializer.Deserialize(item.Value.Span, DialogsJsonContext.Default.RecordIndex)!, item.ETag);
    }
}
