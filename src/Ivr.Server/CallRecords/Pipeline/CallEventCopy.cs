using Ivr.Server.CallRecords.Model;
using Npgsql;
using NpgsqlTypes;

namespace Ivr.Server.CallRecords.Pipeline;

/// <summary>Streams stored events into a table shaped like <c>records.call_events</c> with binary COPY.</summary>
public static class CallEventCopy
{
    public const string Columns = "event_id, stream_id, call_sid, type, at, fields, written_at";

    public static async Task WriteAsync(NpgsqlConnection connection, string table, IReadOnlyList<StoredCallEvent> rows, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {table} ({Columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(row.EventId, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(row.StreamId, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(row.CallSid, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(row.Type, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(row.At.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
            await importer.WriteAsync(row.Fields, NpgsqlDbType.Jsonb, cancellationToken);
            await importer.WriteAsync(row.WrittenAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
        }
        await importer.CompleteAsync(cancellationToken);
    }
}
