using Ivr.Server.CallRecords.Model;
using Npgsql;
using NpgsqlTypes;

namespace Ivr.Server.CallRecords.Pipeline;

/// <summary>Writes a batch's folded call rows in one statement: arrays unnested into an upsert on the call sid.</summary>
public static class CallRowUpsert
{
    internal static readonly (string Column, NpgsqlDbType Type, Func<CallRecord, object?> Value)[] Columns =
    [
        ("call_sid", NpgsqlDbType.Text, call => call.CallSid),
        ("arrived_at", NpgsqlDbType.TimestampTz, call => call.ArrivedAt?.ToUniversalTime()),
        ("day", NpgsqlDbType.Date, call => call.Day),
        ("hour", NpgsqlDbType.Smallint, call => call.Hour),
        ("caller_hash", NpgsqlDbType.Bytea, call => call.CallerHash),
        ("caller_encrypted", NpgsqlDbType.Bytea, call => call.CallerEncrypted),
        ("dialed", NpgsqlDbType.Text, call => call.Dialed),
        ("menu_path", NpgsqlDbType.Text, call => call.MenuPath),
        ("self_service", NpgsqlDbType.Text, call => call.SelfService),
        ("language", NpgsqlDbType.Text, call => call.Language),
        ("overflowed_from", NpgsqlDbType.Text, call => call.OverflowedFrom),
        ("queue_joined_at", NpgsqlDbType.TimestampTz, call => call.QueueJoinedAt?.ToUniversalTime()),
        ("queue_left_at", NpgsqlDbType.TimestampTz, call => call.QueueLeftAt?.ToUniversalTime()),
        ("queue_leave_reason", NpgsqlDbType.Text, call => call.QueueLeaveReason),
        ("wait_seconds", NpgsqlDbType.Double, call => call.WaitSeconds),
        ("counselor", NpgsqlDbType.Text, call => call.Counselor),
        ("answered_at", NpgsqlDbType.TimestampTz, call => call.AnsweredAt?.ToUniversalTime()),
        ("ended_at", NpgsqlDbType.TimestampTz, call => call.EndedAt?.ToUniversalTime()),
        ("talk_seconds", NpgsqlDbType.Double, call => call.TalkSeconds),
        ("hold_seconds", NpgsqlDbType.Double, call => call.HoldSeconds),
        ("wrapped_up_at", NpgsqlDbType.TimestampTz, call => call.WrappedUpAt?.ToUniversalTime()),
        ("wrap_up_seconds", NpgsqlDbType.Double, call => call.WrapUpSeconds),
        ("outcome", NpgsqlDbType.Text, call => call.Outcome),
        ("residency_status", NpgsqlDbType.Text, call => call.ResidencyStatus),
        ("topic", NpgsqlDbType.Text, call => call.Topic),
        ("institution", NpgsqlDbType.Text, call => call.Institution),
        ("transferred_to", NpgsqlDbType.Text, call => call.TransferredTo),
        ("event_count", NpgsqlDbType.Integer, call => call.EventCount),
    ];

    private static readonly string Sql = $"""
        INSERT INTO records.calls ({string.Join(", ", Columns.Select(c => c.Column))})
        SELECT * FROM unnest({string.Join(", ", Columns.Select((c, i) => $"${i + 1}"))})
        ON CONFLICT (call_sid) DO UPDATE SET {string.Join(", ", Columns.Skip(1).Select(c => $"{c.Column} = excluded.{c.Column}"))}
        """;

    public static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<CallRecord> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }
        await using var command = new NpgsqlCommand(Sql, connection, transaction);
        foreach (var (_, type, value) in Columns)
        {
            var values = new object?[rows.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = value(rows[i]) ?? DBNull.Value;
            }
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | type, Value = values });
        }
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
