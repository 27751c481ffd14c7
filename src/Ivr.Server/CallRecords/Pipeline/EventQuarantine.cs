using System.Globalization;
using System.Text;
using System.Text.Json;
using Ivr.Acd.Events;
using Ivr.Server.CallRecords.Model;
using Ivr.Server.CallRecords.Privacy;
using Npgsql;

namespace Ivr.Server.CallRecords.Pipeline;

/// <summary>
/// Builds and inserts <see cref="QuarantinedEvent"/> rows. Their content is the stream entry with the caller's number
/// protected, and with what PostgreSQL cannot store in jsonb (NUL, unpaired surrogates) replaced, so that the
/// quarantine itself cannot be refused.
/// </summary>
public sealed class EventQuarantine(CallerProtector protector, TimeProvider clock)
{
    public QuarantinedEvent Row(StreamedEvent streamed, string reason, string error)
    {
        var entry = streamed.Event is { } e
            ? new Dictionary<string, string>(e.Fields, StringComparer.Ordinal)
            {
                [CallEvent.EventIdField] = e.EventId,
                [CallEvent.TypeField] = e.Type,
                [CallEvent.CallSidField] = e.CallSid,
                [CallEvent.AtField] = e.At.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            }
            : streamed.Entry ?? new Dictionary<string, string>();
        return new QuarantinedEvent
        {
            StreamId = streamed.StreamId,
            Reason = reason,
            Error = Clean(error),
            Content = JsonSerializer.Serialize(protector.Protect(entry).ToDictionary(field => Clean(field.Key), field => Clean(field.Value))),
            QuarantinedAt = clock.GetUtcNow(),
        };
    }

    public QuarantinedEvent Row(StreamedEvent unreadable) =>
        Row(unreadable, unreadable.Trimmed ? QuarantineReasons.Trimmed : QuarantineReasons.Unreadable, unreadable.Unreadable ?? "");

    /// <summary>Inserts <paramref name="rows"/> in the caller's transaction; an entry already quarantined (a replayed batch) is skipped.</summary>
    public static async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, IReadOnlyList<QuarantinedEvent> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }
        await using var command = new NpgsqlCommand("""
            INSERT INTO records.quarantined_events (stream_id, reason, error, content, quarantined_at)
            SELECT * FROM unnest(@streams, @reasons, @errors, @contents::jsonb[], @ats)
            ON CONFLICT (stream_id) DO NOTHING
            """, connection, transaction);
        command.Parameters.AddWithValue("streams", rows.Select(row => row.StreamId).ToArray());
        command.Parameters.AddWithValue("reasons", rows.Select(row => row.Reason).ToArray());
        command.Parameters.AddWithValue("errors", rows.Select(row => row.Error).ToArray());
        command.Parameters.AddWithValue("contents", rows.Select(row => row.Content).ToArray());
        command.Parameters.AddWithValue("ats", rows.Select(row => row.QuarantinedAt).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // UTF-8 round trip turns unpaired surrogates into U+FFFD; jsonb refuses \u0000.
    private static string Clean(string text) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)).Replace('\0', '\uFFFD');
}
