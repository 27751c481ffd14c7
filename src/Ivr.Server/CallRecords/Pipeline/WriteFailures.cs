using System.Net.Sockets;
using Npgsql;
using StackExchange.Redis;

namespace Ivr.Server.CallRecords.Pipeline;

/// <summary>
/// Tells a failure of the connection (retry the batch: its entries stay pending in Redis) from a failure of the data
/// (retrying can never help: the event is quarantined). Decided by the exception, never by its message.
/// </summary>
public static class WriteFailures
{
    // SQLSTATE classes about the server or the session, not the statement's data: connection (08), transaction
    // rollback such as a deadlock (40), insufficient resources such as a full disk (53), object in use or lock not
    // available (55), operator intervention such as a shutdown or a statement timeout (57), system errors (58), internal (XX).
    private static readonly string[] TransientClasses = ["08", "40", "53", "55", "57", "58", "XX"];

    /// <summary>Whether the batch should be retried as it is; otherwise its events are tried alone and quarantined when they still fail.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        OperationCanceledException or TimeoutException or IOException or SocketException or RedisException => true,
        PostgresException postgres => postgres.IsTransient || TransientClasses.Contains(postgres.SqlState[..2]),
        // No SQLSTATE: the server was not reached or the connection broke.
        NpgsqlException => true,
        _ => exception.InnerException is { } inner && IsTransient(inner),
    };

    /// <summary>What is kept with a quarantined event: the SQLSTATE and message, or the exception's type and message.</summary>
    public static string Describe(Exception exception) => exception is PostgresException postgres
        ? $"{postgres.SqlState} {postgres.MessageText}"
        : $"{exception.GetType().Name}: {exception.Message}";
}
