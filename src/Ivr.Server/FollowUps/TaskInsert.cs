using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Ivr.Server.FollowUps;

/// <summary>
/// Adds a task that must exist once (one per recording, one per callback): when another delivery stored it first (a
/// unique key), that one is the task.
/// </summary>
internal static class TaskInsert
{
    /// <returns>The task, and whether this call stored it.</returns>
    public static async Task<(FollowUpTask Task, bool Created)> AddOnceAsync(
        FollowUpsDbContext db, FollowUpTask task, Func<Task<FollowUpTask?>> find, CancellationToken cancellationToken)
    {
        db.Tasks.Add(task);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return (task, true);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            return ((await find())!, false);
        }
    }
}
