using Ivr.Server.CallRecords.Model;
using Npgsql;
using NpgsqlTypes;

namespace Ivr.Server.CallRecords.Demo;

/// <summary>Streams call rows into <c>records.calls</c> with PostgreSQL's binary COPY.</summary>
public sealed class DemoCallCopy : IAsyncDisposable
{
    public const string Columns = "call_sid, arrived_at, day, hour, caller_hash, dialed, menu_path, self_service, language, queue_joined_at, queue_left_at, " +
        "queue_leave_reason, wait_seconds, counselor, answered_at, ended_at, talk_seconds, hold_seconds, wrapped_up_at, wrap_up_seconds, outcome, " +
        "residency_status, topic, institution, event_count, callback_of, callback_attempts, callback_dialled, time_to_callback_seconds";

    private readonly NpgsqlBinaryImporter importer;

    private DemoCallCopy(NpgsqlBinaryImporter importer) => this.importer = importer;

    public static async Task<DemoCallCopy> BeginAsync(NpgsqlConnection connection, CancellationToken cancellationToken, string table = "records.calls") =>
        new(await connection.BeginBinaryImportAsync($"COPY {table} ({Columns}) FROM STDIN (FORMAT BINARY)", cancellationToken));

    public async Task WriteAsync(CallRecord call, CancellationToken cancellationToken)
    {
        await importer.StartRowAsync(cancellationToken);
        importer.Write(call.CallSid, NpgsqlDbType.Text);
        Write(call.ArrivedAt);
        importer.Write(call.Day, NpgsqlDbType.Date);
        importer.Write(call.Hour, NpgsqlDbType.Smallint);
        Write(call.CallerHash, NpgsqlDbType.Bytea);
        Write(call.Dialed, NpgsqlDbType.Text);
        Write(call.MenuPath, NpgsqlDbType.Text);
        Write(call.SelfService, NpgsqlDbType.Text);
        Write(call.Language, NpgsqlDbType.Text);
        Write(call.QueueJoinedAt);
        Write(call.QueueLeftAt);
        Write(call.QueueLeaveReason, NpgsqlDbType.Text);
        Write(call.WaitSeconds);
        Write(call.Counselor, NpgsqlDbType.Text);
        Write(call.AnsweredAt);
        Write(call.EndedAt);
        Write(call.TalkSeconds);
        Write(call.HoldSeconds);
        Write(call.WrappedUpAt);
        Write(call.WrapUpSeconds);
        importer.Write(call.Outcome, NpgsqlDbType.Text);
        Write(call.ResidencyStatus, NpgsqlDbType.Text);
        Write(call.Topic, NpgsqlDbType.Text);
        Write(call.Institution, NpgsqlDbType.Text);
        importer.Write(call.EventCount, NpgsqlDbType.Integer);
        Write(call.CallbackOf, NpgsqlDbType.Text);
        if (call.CallbackAttempts is { } attempts)
        {
            importer.Write(attempts, NpgsqlDbType.Integer);
        }
        else
        {
            importer.WriteNull();
        }
        Write(call.CallbackDialled, NpgsqlDbType.Text);
        Write(call.TimeToCallbackSeconds);
    }

    public async Task CompleteAsync(CancellationToken cancellationToken) => await importer.CompleteAsync(cancellationToken);

    public ValueTask DisposeAsync() => importer.DisposeAsync();

    private void Write<T>(T? value, NpgsqlDbType type) where T : class
    {
        if (value is null)
        {
            importer.WriteNull();
        }
        else
        {
            importer.Write(value, type);
        }
    }

    private void Write(DateTimeOffset? value)
    {
        if (value is { } at)
        {
            importer.Write(at.ToUniversalTime(), NpgsqlDbType.TimestampTz);
        }
        else
        {
            importer.WriteNull();
        }
    }

    private void Write(double? value)
    {
        if (value is { } number)
        {
            importer.Write(number, NpgsqlDbType.Double);
        }
        else
        {
            importer.WriteNull();
        }
    }
}
