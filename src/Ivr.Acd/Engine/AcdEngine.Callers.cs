using System.Text.Json;
using Ivr.Acd.Model;
using Ivr.Acd.Routing;
using Ivr.Acd.Scripts;
using Ivr.Acd.Scripts.Answers;
using Ivr.Acd.Scripts.Arguments;

namespace Ivr.Acd.Engine;

public sealed partial class AcdEngine
{
    /// <summary>Puts a caller in line (idempotent on CallSid), then matches the language.</summary>
    public async Task<EnqueueResult> EnqueueCallerAsync(EnqueueRequest request)
    {
        ArgumentException.ThrowIfNullOrEmpty(request.CallSid);
        var rule = RuleFor(request.Language);
        var now = time.GetUtcNow();
        var data = JsonSerializer.Serialize(new
        {
            p = request.Priority,
            t = request.Tags,
            o = request.AcceptsOverflow && rule.Overflow is not null,
            a = (request.ArrivedAt ?? now).ToUnixTimeMilliseconds(),
        });
        var arguments = new EnqueueArguments(Context(request.OperationId))
        {
            CallSid = request.CallSid,
            Language = request.Language,
            Rule = table.RulePayloads[rule.Language],
            Caller = data,
        };
        var result = await RunAsync<EnqueueArguments, CallerAnswer>(AcdScripts.Enqueue, arguments);
        var outcome = result.Outcome switch
        {
            "joined" => EnqueueOutcome.Joined,
            "full" => EnqueueOutcome.Full,
            _ => EnqueueOutcome.AlreadyQueued,
        };
        if (outcome == EnqueueOutcome.Full)
        {
            return new EnqueueResult(outcome, null, []);
        }
        var matches = outcome == EnqueueOutcome.Joined ? await MatchAsync([request.Language]) : [];
        return new EnqueueResult(outcome, AfterMatching(ToStatus(request.CallSid, result), matches), matches);
    }

    /// <summary>
    /// Adds a tag to a caller already in the engine (e.g. a victim of crime says so on hold), as if they had joined
    /// with it: a waiting caller takes the place its priority class gives their arrival time and is steered to its
    /// team; a reserved or connected caller only carries it. Idempotent per tag.
    /// </summary>
    public async Task<TagResult> TagCallerAsync(string callSid, string tag, string? operationId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(callSid);
        if (!RoutingTag.IsValid(tag))
        {
            throw new ArgumentException($"Tag '{tag}' must be {RoutingTag.Rule}.", nameof(tag));
        }
        var arguments = new TagCallerArguments(Context(operationId)) { CallSid = callSid, Tag = tag, Config = table.Config };
        var result = await RunAsync<TagCallerArguments, CallerAnswer>(AcdScripts.TagCaller, arguments);
        var outcome = result.Outcome switch
        {
            "tagged" => TagOutcome.Tagged,
            "already" => TagOutcome.AlreadyTagged,
            _ => TagOutcome.NotFound,
        };
        if (outcome == TagOutcome.NotFound)
        {
            return new TagResult(outcome, null, []);
        }
        var matches = outcome == TagOutcome.Tagged && result.State == "waiting" ? await MatchAsync([result.Language]) : [];
        return new TagResult(outcome, AfterMatching(ToStatus(callSid, result), matches), matches);
    }

    /// <summary>
    /// A waiting caller consents to the overflow language of their rule (e.g. pressed a key to accept English): they keep
    /// their place, and from the rule's overflow wait its counselors may take them too. Nothing overflows without it.
    /// </summary>
    public async Task<OverflowConsentResult> AcceptOverflowAsync(string callSid, string? operationId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(callSid);
        var arguments = new AcceptOverflowArguments(Context(operationId)) { CallSid = callSid, Config = table.Config };
        var result = await RunAsync<AcceptOverflowArguments, CallerAnswer>(AcdScripts.AcceptOverflow, arguments);
        var outcome = result.Outcome switch
        {
            "accepted" => OverflowConsentOutcome.Accepted,
            "already" => OverflowConsentOutcome.AlreadyAccepted,
            "nooverflow" => OverflowConsentOutcome.NoOverflowLanguage,
            _ => OverflowConsentOutcome.NotWaiting,
        };
        if (outcome == OverflowConsentOutcome.NotWaiting)
        {
            return new OverflowConsentResult(outcome, null, []);
        }
        var matches = outcome == OverflowConsentOutcome.Accepted ? await MatchAsync([result.Language]) : [];
        return new OverflowConsentResult(outcome, AfterMatching(ToStatus(callSid, result), matches), matches);
    }

    /// <summary>Where the caller stands, or null when not in the engine; also the caller's heartbeat for the sweeper.</summary>
    public async Task<CallerStatus?> GetCallerStatusAsync(string callSid)
    {
        var arguments = new CallerStatusArguments(Context("status")) { CallSid = callSid, Config = table.Config };
        var result = await RunAsync<CallerStatusArguments, CallerAnswer>(AcdScripts.CallerStatus, arguments);
        return StateNames.CallerStateOf(result.State) is null ? null : ToStatus(callSid, result);
    }

    /// <summary>
    /// The caller left: reason "hangup" counts as abandoned. A reserved counselor is freed at once (and may be
    /// matched again, see Matches); a connected call ends and the counselor enters wrap-up.
    /// </summary>
    public async Task<RemoveCallerResult> RemoveCallerAsync(string callSid, string reason, string? operationId = null)
    {
        var arguments = new RemoveCallerArguments(Context(operationId)) { CallSid = callSid, Reason = reason, Day = Today(), Config = table.Config };
        var result = await ChangeAsync(AcdScripts.RemoveCaller, arguments);
        if (result.Outcome != "removed")
        {
            return new RemoveCallerResult(false, null, []);
        }
        return new RemoveCallerResult(true, StateNames.CallerStateOf(result.State), await MatchAsync(result));
    }

    /// <summary>
    /// The connected call ended: the counselor enters wrap-up (or is ready at once when the limit is zero). With
    /// <paramref name="counselorId"/>, only when that counselor is the one on the call (a counselor who transferred
    /// the caller away does not end the call by hanging up).
    /// </summary>
    public async Task<PresenceResult> CallEndedAsync(string callSid, string? operationId = null, string? counselorId = null)
    {
        var arguments = new CallEndedArguments(Context(operationId)) { CallSid = callSid, CounselorId = counselorId ?? "", Config = table.Config };
        var result = await ChangeAsync(AcdScripts.CallEnded, arguments);
        if (result.Outcome != "ended")
        {
            return new PresenceResult(PresenceOutcome.Refused, null, []);
        }
        return new PresenceResult(PresenceOutcome.Changed, StateNames.CounselorStateOf(result.State), await MatchAsync(result));
    }

    // The operation's own matching may have reserved the caller already.
    private static CallerStatus AfterMatching(CallerStatus status, IReadOnlyList<Match> matches) =>
        matches.Any(match => match.CallSid == status.CallSid)
            ? status with { State = CallerState.Reserved, Position = 0, ExpectedWait = TimeSpan.Zero }
            : status;

    private static CallerStatus ToStatus(string callSid, CallerAnswer result) => new(
        callSid,
        result.Language,
        StateNames.CallerStateOf(result.State) ?? CallerState.Waiting,
        (int)result.Position,
        TimeSpan.FromMilliseconds((long)result.ExpectedWait),
        TimeSpan.FromMilliseconds((long)result.Waited));
}
