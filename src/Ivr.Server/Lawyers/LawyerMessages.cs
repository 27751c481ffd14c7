using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Ivr.Server.Lawyers;

/// <summary>
/// The <c>messages</c> rows, written by the sender (after Twilio created the message) and by the status callbacks
/// (which may come first): an upsert on the sid, where a status only replaces an earlier one
/// (queued, sending, sent, then a final one).
/// </summary>
public sealed class LawyerMessages(IServiceScopeFactory scopes, TimeProvider clock)
{
    // Statuses only move forward: queued (or accepted), sending, sent, then a final one (delivered, undelivered, failed...).
    private const string Upsert = """
        INSERT INTO lawyers.messages (sid, booking_id, kind, status, created_at, updated_at)
        VALUES (@sid, @booking, @kind, @status, @now, @now)
        ON CONFLICT (sid) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at
        WHERE (CASE excluded.status WHEN 'accepted' THEN 0 WHEN 'queued' THEN 0 WHEN 'sending' THEN 1 WHEN 'sent' THEN 2 ELSE 3 END)
           >= (CASE messages.status WHEN 'accepted' THEN 0 WHEN 'queued' THEN 0 WHEN 'sending' THEN 1 WHEN 'sent' THEN 2 ELSE 3 END)
        """;

    public async Task ReportAsync(string sid, Guid bookingId, string kind, string status, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LawyersDbContext>();
        try
        {
            await db.Database.ExecuteSqlRawAsync(Upsert,
                [new NpgsqlParameter("sid", sid), new NpgsqlParameter("booking", bookingId), new NpgsqlParameter("kind", kind),
                 new NpgsqlParameter("status", status), new NpgsqlParameter("now", now)], cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.ForeignKeyViolation)
        {
            // A booking no longer kept (retention deleted it): nothing to record the status on.
        }
    }
}
