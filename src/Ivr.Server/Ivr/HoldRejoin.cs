using Ivr.Server.Menus;
using Ivr.Server.Queueing;
using Ivr.Server.Telemetry;
using Ivr.Server.Telephony;

namespace Ivr.Server.Ivr;

/// <summary>
/// A caller Twilio still holds in its queue whom the ACD does not know (their join was lost, or Redis lost its data)
/// would hear the hold loop until they hung up. This puts them back in line for the hold URL's language, at the place
/// their arrival gives (their session's, or Twilio's QueueTime: seconds since they were enqueued), with the tags the
/// menu and their keys on hold gave them, so they keep their priority and team.
/// </summary>
public sealed partial class HoldRejoin(ICallerQueue queue, IvrMetrics metrics, TimeProvider clock, ILogger<HoldRejoin> logger)
{
    /// <summary>Joins (idempotent on the CallSid: a caller someone else put back answers AlreadyQueued); where they stand, or null.</summary>
    public async Task<QueueStatus?> RejoinAsync(TwilioVoiceRequest call, string language, MenuDefinition menu, CallSession? session)
    {
        var arrived = Arrival(clock.GetUtcNow(), call.QueueTime, session);
        var tags = Tags(menu, session);
        var result = await queue.JoinAsync(new QueueJoinRequest(call.CallSid, language, Priority: 0, tags, arrived), CancellationToken.None);
        var outcome = result.Outcome switch
        {
            QueueJoinOutcome.Joined => "joined",
            QueueJoinOutcome.AlreadyQueued => "already_queued",
            _ => "full",
        };
        metrics.QueueRejoins.Add(1, new("ivr.language", language), new("ivr.queue.outcome", outcome));
        LogRejoined(call.CallSid, language, arrived, string.Join(',', tags), outcome);
        return result.Status;
    }

    /// <summary>
    /// The earlier of the arrival the ACD was first given (the session's, to the millisecond) and Twilio's: QueueTime
    /// counts whole seconds, so alone it could put the caller behind someone who came less than a second after them.
    /// </summary>
    public static DateTimeOffset Arrival(DateTimeOffset now, int? queueTime, CallSession? session)
    {
        var enqueued = now - TimeSpan.FromSeconds(queueTime ?? 0);
        return session?.QueuedAt is { } queuedAt && queuedAt < enqueued ? queuedAt : enqueued;
    }

    /// <summary>The tags of the menu node that queued the caller (their session's menu version), then those added on hold.</summary>
    public static IReadOnlyList<string> Tags(MenuDefinition menu, CallSession? session) => session is null
        ? []
        : [.. (menu.Find(session.Node)?.QueueTags ?? []).Concat(session.HoldTags ?? []).Distinct(StringComparer.Ordinal)];

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Caller {CallSid} was on hold but unknown to the ACD: queued again for {Language} as arrived at {ArrivedAt:O} with tags [{Tags}] ({Outcome})")]
    private partial void LogRejoined(string callSid, string language, DateTimeOffset arrivedAt, string tags, string outcome);
}
