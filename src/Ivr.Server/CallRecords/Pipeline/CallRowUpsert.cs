using Ivr.Server.CallRecords.Model;
using Npgsql;
using NpgsqlTypes;

namespace Ivr.Server.CallRecords.Pipeline;

/// <summary>Writes a batch's folded call rows in one statement: arrays unnested into an upsert on the call sid.</summary>
public static class CallRowUpsert
{
    internal static readonly CallRowColumn[] Columns =
    [
        CallRowColumn.Of("call_sid", NpgsqlDbType.Text, call => call.CallSid),
        CallRowColumn.Of("arrived_at", NpgsqlDbType.TimestampTz, call => call.ArrivedAt?.ToUniversalTime()),
        CallRowColumn.Of("day", NpgsqlDbType.Date, call => (DateOnly?)call.Day),
        CallRowColumn.Of("hour", NpgsqlDbType.Smallint, call => (short?)call.Hour),
        CallRowColumn.Of("caller_hash", NpgsqlDbType.Bytea, call => call.CallerHash),
        CallRowColumn.Of("caller_encrypted", NpgsqlDbType.Bytea, call => call.CallerEncrypted),
        CallRowColumn.Of("dialed", NpgsqlDbType.Text, call => call.Dialed),
        CallRowColumn.Of("menu_path", NpgsqlDbType.Text, call => call.MenuPath),
        CallRowColumn.Of("self_service", NpgsqlDbType.Text, call => call.SelfService),
        CallRowColumn.Of("language", NpgsqlDbType.Text, call => call.Language),
        CallRowColumn.Of("overflowed_from", NpgsqlDbType.Text, call => call.OverflowedFrom),
        CallRowColumn.Of("queue_joined_at", NpgsqlDbType.TimestampTz, call => call.QueueJoinedAt?.ToUniversalTime()),
        CallRowColumn.Of("queue_left_at", NpgsqlDbType.TimestampTz, call => call.QueueLeftAt?.ToUniversalTime()),
        CallRowColumn.Of("queue_leave_reason", NpgsqlDbType.Text, call => call.QueueLeaveReason),
        CallRowColumn.Of("wait_seconds", NpgsqlDbType.Double, call => call.WaitSeconds),
        CallRowColumn.Of("counselor", NpgsqlDbType.Text, call => call.Counselor),
        CallRowColumn.Of("answered_at", NpgsqlDbType.TimestampTz, call => call.AnsweredAt?.ToUniversalTime()),
        CallRowColumn.Of("ended_at", NpgsqlDbType.TimestampTz, call => call.EndedAt?.ToUniversalTime()),
        CallRowColumn.Of("talk_seconds", NpgsqlDbType.Double, call => call.TalkSeconds),
        CallRowColumn.Of("hold_seconds", NpgsqlDbType.Double, call => call.HoldSeconds),
        CallRowColumn.Of("wrapped_up_at", NpgsqlDbType.TimestampTz, call => call.WrappedUpAt?.ToUniversalTime()),
        CallRowColumn.Of("wrap_up_seconds", NpgsqlDbType.Double, call => call.WrapUpSeconds),
        CallRowColumn.Of("outcome", NpgsqlDbType.Text, call => call.Outcome),
        CallRowColumn.Of("residency_status", NpgsqlDbType.Text, call => call.ResidencyStatus),
        CallRowColumn.Of("topic", NpgsqlDbType.Text, call => call.Topic),
        CallRowColumn.Of("institution", NpgsqlDbType.Text, call => call.Institution),
        CallRowColumn.Of("transferred_to", NpgsqlDbType.Text, call => call.TransferredTo),
        CallRowColumn.Of("event_count", NpgsqlDbType.Integer, call => (int?)call.EventCount),
        CallRowColumn.Of("callback_of", NpgsqlDbType.Text, call => call.CallbackOf),
        CallRowColumn.Of("callback_attempts", NpgsqlDbType.Integer, call => call.CallbackAttempts),
        CallRowColumn.Of("callback_dialled", NpgsqlDbType.Text, call => call.CallbackDialled),
        CallRowColumn.Of("time_to_callback_seconds", NpgsqlDbType.Double, call => call.TimeToCallbackSeconds),
        CallRowColumn.Of("direction", NpgsqlDbType.Text, call => call.Direction),
        CallRowColumn.Of("follow_up_id", NpgsqlDbType.Uuid, call => call.FollowUpId),
        CallRowColumn.Of("sensitive", NpgsqlDbType.Boolean, call => (bool?)call.Sensitive),
        CallRowColumn.Of("message_left", NpgsqlDbType.Boolean, call => (bool?)call.MessageLeft),
        CallRowColumn.Of("recording_consent", NpgsqlDbType.Text, call => call.RecordingConsent),
        CallRowColumn.Of("recording_seconds", NpgsqlDbType.Integer, call => call.RecordingSeconds),
        CallRowColumn.Of("party_seconds", NpgsqlDbType.Double, call => call.PartySeconds),
        CallRowColumn.Of("interpretation", NpgsqlDbType.Boolean, call => (bool?)call.Interpretation),
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
        foreach (var (_, type, value, _) in Columns)
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
