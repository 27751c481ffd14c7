using Ivr.Server.CallRecords.Model;
using Npgsql;
using NpgsqlTypes;

namespace Ivr.Server.CallRecords.Pipeline;

/// <summary>
/// A column of <c>records.calls</c> as the writer writes it: the value as an object (for the upsert's arrays) and a
/// write typed at compile time (for COPY, where an object would make Npgsql resolve its converter on every value).
/// </summary>
public sealed record CallRowColumn(string Column, NpgsqlDbType Type, Func<CallRecord, object?> Value, Func<NpgsqlBinaryImporter, CallRecord, CancellationToken, Task> Copy)
{
    public static CallRowColumn Of<T>(string column, NpgsqlDbType type, Func<CallRecord, T?> value) where T : class =>
        new(column, type, value, (importer, call, cancellationToken) =>
            value(call) is { } present ? importer.WriteAsync(present, type, cancellationToken) : importer.WriteNullAsync(cancellationToken));

    public static CallRowColumn Of<T>(string column, NpgsqlDbType type, Func<CallRecord, T?> value) where T : struct =>
        new(column, type, call => value(call), (importer, call, cancellationToken) =>
            value(call) is { } present ? importer.WriteAsync(present, type, cancellationToken) : importer.WriteNullAsync(cancellationToken));
}
