using System.Globalization;
using Ivr.Acd;
using Ivr.Acd.Events;
using Ivr.Server.CallRecords.Pipeline;
using Ivr.Server.CallRecords.Privacy;
using Ivr.Server.Telephony;
using Microsoft.EntityFrameworkCore;
using StackExchange.Redis;

namespace Ivr.Server.FollowUps;

/// <summary>
/// A message's recording status callback becomes a follow-up task for its language's counselors: one task per
/// RecordingSid however often Twilio sends it; an absent (empty, too short) or failed recording makes none. Each
/// delivery of a completed recording appends <c>call.message-left</c> (same event id: the records writer stores it
/// once) and tells the pages, so a delivery that failed half way is finished by the next. While PostgreSQL is away
/// the message waits in Redis (<see cref="ParkedMessages"/>).
/// </summary>
public sealed partial class MessageIntake(
    FollowUpsDbContext db, CallerNumbers numbers, CallerProtector hashes, IConnectionMultiplexer redis, ContactCenterKeys keys,
    ParkedMessages parking, IEnumerable<IFollowUpObserver> observers, FollowUpMetrics metrics, TimeProvider clock, ILogger<MessageIntake> logger)
{
    /// <param name="callerProtected">The caller's number as <see cref="CallerNumbers"/> protected it for the callback's URL.</param>
    /// <returns>The message's task; null when the recording is not a message to keep, or it was parked.</returns>
    public async Task<FollowUpTask?> AcceptAsync(TwilioRecordingStatus status, string language, string? callerProtected, CancellationToken cancellationToken)
    {
        if (status.RecordingStatus != TwilioRecordingStatus.Completed)
        {
            LogNoMessage(status.CallSid, status.RecordingSid, status.RecordingStatus, status.ErrorCode ?? "-");
            metrics.MessageNotKept(language);
            return null;
        }
        var message = new MessageRecording(status, language, callerProtected, clock.GetUtcNow());
        FollowUpTask task;
        try
        {
            task = await SaveAsync(message, cancellationToken);
        }
        catch (Exception exception) when (WriteFailures.IsTransient(exception) && exception is not RedisException)
        {
            await parking.ParkAsync(message);
            LogParked(status.CallSid, status.RecordingSid, exception.Message);
            metrics.MessageParked(language);
            return null;
        }
        metrics.MessageStored(language);
        await AnnounceAsync(task, cancellationToken);
        return task;
    }

    /// <summary>A parked message: stored (throws while PostgreSQL is still away) and announced.</summary>
    public async Task<FollowUpTask> DeliverAsync(MessageRecording message, CancellationToken cancellationToken)
    {
        var task = await SaveAsync(message, cancellationToken);
        await AnnounceAsync(task, cancellationToken);
        return task;
    }

    private async Task<FollowUpTask> SaveAsync(MessageRecording message, CancellationToken cancellationToken) =>
        await FindAsync(message.Status.RecordingSid, cancellationToken) ?? await CreateAsync(message, cancellationToken);

    private async Task AnnounceAsync(FollowUpTask task, CancellationToken cancellationToken)
    {
        await CallEventStream.AppendAsync(redis.GetDatabase(), keys, new CallEvent(
            $"{task.CallSid}:message:{task.RecordingSid}", CallEventTypes.MessageLeft, task.CallSid, task.CreatedAt, new Dictionary<string, string>
            {
                ["language"] = task.Language,
                ["task"] = task.Id.ToString(),
                ["seconds"] = task.RecordingSeconds.ToString(CultureInfo.InvariantCulture),
            }));
        foreach (var observer in observers)
        {
            await observer.FollowUpsChangedAsync(task.Language, cancellationToken);
        }
    }

    private Task<FollowUpTask?> FindAsync(string recordingSid, CancellationToken cancellationToken) =>
        db.Tasks.AsNoTracking().FirstOrDefaultAsync(task => task.RecordingSid == recordingSid, cancellationToken);

    private async Task<FollowUpTask> CreateAsync(MessageRecording message, CancellationToken cancellationToken)
    {
        var status = message.Status;
        // A number that does not open (tampered, or protected under keys since lost) is not kept: the task stays, without it.
        var number = numbers.Unprotect(message.CallerProtected);
        var task = new FollowUpTask
        {
            Id = Guid.CreateVersion7(message.At),
            Kind = FollowUpKinds.Message,
            Language = message.Language,
            CallSid = status.CallSid,
            CallerProtected = number is null ? null : message.CallerProtected,
            CallerHash = number is null ? null : hashes.Hash(number),
            RecordingSid = status.RecordingSid,
            RecordingSeconds = status.RecordingDuration,
            CreatedAt = message.At,
        };
        // The same callback delivered twice at once: the other delivery's task is the one.
        var (stored, created) = await TaskInsert.AddOnceAsync(db, task, () => FindAsync(status.RecordingSid, cancellationToken), cancellationToken);
        if (created)
        {
            LogCreated(task.Id, task.Language, task.CallSid, task.RecordingSid!);
        }
        return stored;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Message {Task} in {Language} from call {CallSid}, recording {RecordingSid}")]
    private partial void LogCreated(Guid task, string language, string callSid, string recordingSid);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message of call {CallSid}, recording {RecordingSid}, waits in Redis until PostgreSQL answers ({Reason})")]
    private partial void LogParked(string callSid, string recordingSid, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Call {CallSid} left no message: recording {RecordingSid} is {Status} (error {ErrorCode})")]
    private partial void LogNoMessage(string callSid, string recordingSid, string status, string errorCode);
}
