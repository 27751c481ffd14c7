using System.Security.Cryptography;
using System.Text;
using Ivr.Acd.Model;
using Ivr.Server.CallRecords.Pipeline;
using Ivr.Server.CallRecords.Privacy;
using Microsoft.EntityFrameworkCore;
using StackExchange.Redis;

namespace Ivr.Server.FollowUps;

/// <summary>
/// A callback whose every attempt failed becomes a task (kind <see cref="FollowUpKinds.Callback"/>) for its language's
/// counselors, who call back by hand with the task's "call back". One task per callback, whichever instance or retried
/// webhook reports the failure: the task's id comes from the callback's id. While PostgreSQL is away the failure waits
/// in Redis (<see cref="ParkedMessages"/>).
/// </summary>
public sealed partial class CallbackTasks(
    FollowUpsDbContext db, CallerNumbers numbers, CallerProtector hashes, ParkedMessages parking, IEnumerable<IFollowUpObserver> observers,
    TimeProvider clock, ILogger<CallbackTasks> logger)
{
    /// <summary>The task of a callback: a name-based id (SHA-256 of the callback's id, version 8), the same on every instance.</summary>
    public static Guid TaskIdOf(string callbackId)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes("followups:callback:" + callbackId)).AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    /// <returns>The callback's task; null when it was parked.</returns>
    public async Task<FollowUpTask?> AcceptAsync(FailedCallback failed, CancellationToken cancellationToken)
    {
        var failure = new CallbackFailure(failed.CallbackId, failed.Language, numbers.Protect(failed.Number), failed.Attempts, clock.GetUtcNow());
        try
        {
            return await DeliverAsync(failure, cancellationToken);
        }
        catch (Exception exception) when (WriteFailures.IsTransient(exception) && exception is not RedisException)
        {
            await parking.ParkAsync(failure);
            LogParked(failure.CallbackId, exception.Message);
            return null;
        }
    }

    /// <summary>Stores the task (throws while PostgreSQL is away) and tells the pages; a task already stored is the one.</summary>
    public async Task<FollowUpTask> DeliverAsync(CallbackFailure failure, CancellationToken cancellationToken)
    {
        var task = await FindAsync(failure.CallbackId, cancellationToken) ?? await CreateAsync(failure, cancellationToken);
        foreach (var observer in observers)
        {
            await observer.FollowUpsChangedAsync(task.Language, cancellationToken);
        }
        return task;
    }

    private Task<FollowUpTask?> FindAsync(string callbackId, CancellationToken cancellationToken)
    {
        var id = TaskIdOf(callbackId);
        return db.Tasks.AsNoTracking().FirstOrDefaultAsync(task => task.Id == id, cancellationToken);
    }

    private async Task<FollowUpTask> CreateAsync(CallbackFailure failure, CancellationToken cancellationToken)
    {
        var number = numbers.Unprotect(failure.CallerProtected);
        var task = new FollowUpTask
        {
            Id = TaskIdOf(failure.CallbackId),
            Kind = FollowUpKinds.Callback,
            Language = failure.Language,
            CallSid = failure.CallbackId,
            CallerProtected = number is null ? null : failure.CallerProtected,
            CallerHash = number is null ? null : hashes.Hash(number),
            CreatedAt = failure.At,
        };
        // Another instance, or a retried report, stored it first: theirs is the task.
        var (stored, created) = await TaskInsert.AddOnceAsync(db, task, () => FindAsync(failure.CallbackId, cancellationToken), cancellationToken);
        if (created)
        {
            LogCreated(task.Id, task.Language, failure.CallbackId, failure.Attempts);
        }
        return stored;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Callback task {Task} in {Language}: callback {CallbackId} failed after {Attempts} attempts")]
    private partial void LogCreated(Guid task, string language, string callbackId, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed callback {CallbackId} waits in Redis until PostgreSQL answers ({Reason})")]
    private partial void LogParked(string callbackId, string reason);
}
