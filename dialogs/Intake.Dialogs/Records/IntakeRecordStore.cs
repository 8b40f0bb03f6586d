using System.Text.Json;
using Intake.Bots.State;

namespace Intake.Dialogs.Records;

/// <summary>
/// Keeps intake records in the configured <see cref="IStorage"/> under the patient's opaque id:
/// <c>intake/records/{user}/items/{id}</c>, with an index at <c>intake/records/{user}/index</c> updated under
/// its ETag (a lost race is read again and retried), so every record of a user can be erased.
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

            var updated = JsonSerializer.SerializeToUtf8Bytes(new RecordIndex([.. index.Ids, record.Id]), DialogsJsonContext.Default.RecordIndex);
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
        var (index, _) = await ReadIndexAsync(user, cancellationToken);
        var records = new List<IntakeRecord>(index.Ids.Count);
        foreach (var id in index.Ids)
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
        foreach (var id in index.Ids)
        {
            if (await storage.DeleteAsync(RecordKey(user, id), cancellationToken))
            {
                deleted++;
            }
        }

        await storage.DeleteAsync(IndexKey(user), cancellationToken);
        return deleted;
    }

    public static string RecordKey(string user, string id) => $"{Prefix(user)}/items/{StateKeys.Escape(id)}";

    public static string IndexKey(string user) => $"{Prefix(user)}/index";

    private static string Prefix(string user) => $"intake/records/{StateKeys.Escape(user)}";

    private async Task<(RecordIndex Index, string? ETag)> ReadIndexAsync(string user, CancellationToken cancellationToken)
    {
        var item = await storage.ReadAsync(IndexKey(user), cancellationToken);
        return item is null
            ? (new RecordIndex([]), null)
            : (JsonSerializer.Deserialize(item.Value.Span, DialogsJsonContext.Default.RecordIndex)!, item.ETag);
    }
}
