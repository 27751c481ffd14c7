using System.Security.Claims;
using Ivr.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;

namespace Ivr.Server.Auditing;

/// <summary>Appends configuration changes to the audit table, naming the signed-in user as the actor.</summary>
public sealed class AuditLog(IvrDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    /// <summary>An entry on its own (an event with no change of ours to save, such as a sign-in).</summary>
    public async Task WriteAsync(string action, string subject, string? details = null, string actor = "", CancellationToken cancellationToken = default)
    {
        db.AuditEntries.Add(Entry(action, subject, details, actor));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Saves <paramref name="changed"/>'s pending changes and the entry in one transaction: a change is never kept
    /// without its entry, nor an entry without its change. (Each feature has its own context on the same database, so
    /// the entry is inserted through the changed context's connection.)
    /// </summary>
    public Task SaveChangesAsync(DbContext changed, string action, string subject, string? details = null, CancellationToken cancellationToken = default) =>
        SaveChangesAsync(changed, [new AuditNote(action, subject, details)], cancellationToken);

    /// <summary>As above, with several entries (one change seen from several sides, such as skills and the linked account).</summary>
    public async Task SaveChangesAsync(DbContext changed, IReadOnlyList<AuditNote> notes, CancellationToken cancellationToken = default)
    {
        var entries = notes.Select(note => Entry(note.Action, note.Subject, note.Details, actor: "")).ToList();
        var insert = InsertSql();
        // The retrying execution strategy runs the whole transaction again after a transient failure.
        await changed.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await changed.Database.BeginTransactionAsync(cancellationToken);
            await changed.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
            foreach (var entry in entries)
            {
                await changed.Database.ExecuteSqlRawAsync(insert,
                [
                    new NpgsqlParameter("at", entry.At), new NpgsqlParameter("actor", entry.Actor), new NpgsqlParameter("action", entry.Action),
                    new NpgsqlParameter("subject", entry.Subject), new NpgsqlParameter("details", NpgsqlDbType.Text) { Value = (object?)entry.Details ?? DBNull.Value },
                ], cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        });
        changed.ChangeTracker.AcceptAllChanges();
    }

    private AuditEntry Entry(string action, string subject, string? details, string actor) => new()
    {
        At = clock.GetUtcNow(),
        Actor = actor.Length > 0 ? actor : http.HttpContext?.User.FindFirstValue(ClaimTypes.Name) ?? "system",
        Action = action,
        Subject = subject,
        Details = details,
    };

    /// <summary>The INSERT of one entry, with the table and column names the audit model maps to.</summary>
    private string InsertSql()
    {
        var entity = db.Model.FindEntityType(typeof(AuditEntry))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        string Column(string property) => $"\"{entity.FindProperty(property)!.GetColumnName(table)}\"";
        var name = table.Schema is null ? $"\"{table.Name}\"" : $"\"{table.Schema}\".\"{table.Name}\"";
        return $$"""
            INSERT INTO {{name}} ({{Column(nameof(AuditEntry.At))}}, {{Column(nameof(AuditEntry.Actor))}},
                {{Column(nameof(AuditEntry.Action))}}, {{Column(nameof(AuditEntry.Subject))}}, {{Column(nameof(AuditEntry.Details))}})
            VALUES (@at, @actor, @action, @subject, @details)
            """;
    }
}
