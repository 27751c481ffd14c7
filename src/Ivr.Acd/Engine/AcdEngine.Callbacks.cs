using System.Text.RegularExpressions;
using Ivr.Acd.Model;
using Ivr.Acd.Scripts;
using Ivr.Acd.Scripts.Answers;
using Ivr.Acd.Scripts.Arguments;
using Ivr.Acd.Scripts.Records;

namespace Ivr.Acd.Engine;

public sealed partial class AcdEngine
{
    /// <summary>The id of the callback a call asks for (one per call): <c>cb-</c> and the original CallSid.</summary>
    public static string CallbackIdFor(string callSid) => "cb-" + callSid;

    /// <summary>Whether an id the engine hands out (a match's or a counselor's call) is a callback's rather than a caller's CallSid.</summary>
    public static bool IsCallbackId(string id) => id.StartsWith("cb-", StringComparison.Ordinal);

    /// <summary>
    /// A waiting caller asks to be called back on <paramref name="number"/> (E.164): a callback takes their place in the
    /// same line (arrival, priority class, tags, language, overflow), so it is served before everyone who arrived after
    /// them, and the caller leaves the queue (reason <c>callback</c>, not abandoned). With <paramref name="notBefore"/>
    /// in the future it is held out of line until then (asked close to closing time: the next opening). Only a waiting
    /// caller may ask (<see cref="CallbackOutcome.Refused"/> otherwise); asking again answers
    /// <see cref="CallbackOutcome.AlreadyRequested"/>.
    /// </summary>
    public async Task<CallbackResult> RequestCallbackAsync(string callSid, string number, DateTimeOffset? notBefore = null, string? operationId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(callSid);
        if (!E164().IsMatch(number))
        {
            throw new ArgumentException($"Callback number '{number}' must be E.164: '+', then 2-15 digits, the first not 0.", nameof(number));
        }
        var arguments = new RequestCallbackArguments(Context(operationId))
        {
            CallSid = callSid,
            CallbackId = CallbackIdFor(callSid),
            Number = number,
            NotBefore = notBefore?.ToUnixTimeMilliseconds() ?? 0,
            Config = table.Config,
        };
        var result = await RunAsync<RequestCallbackArguments, CallbackAnswer>(AcdScripts.RequestCallback, arguments);
        var outcome = result.Outcome switch
        {
            "requested" => CallbackOutcome.Requested,
            "already" => CallbackOutcome.AlreadyRequested,
            "refused" => CallbackOutcome.Refused,
            _ => CallbackOutcome.NotFound,
        };
        return await CallbackResultAsync(outcome, result);
    }

    /// <summary>
    /// The dialled caller answered and pressed the key: counselor and caller are on a call, an ordinary connected call
    /// under the callback's id from now on (end it with <see cref="CallEndedAsync"/>, which starts wrap-up).
    /// <paramref name="dialledCallSid"/>, the outbound call, goes into the event for the call records.
    /// </summary>
    public async Task<CallbackResult> CallbackConnectedAsync(string callbackId, string? dialledCallSid = null, string? operationId = null)
    {
        var arguments = new CallbackConnectedArguments(Context(operationId)) { CallbackId = callbackId, DialledCallSid = dialledCallSid ?? "", Day = Today() };
        var result = await RunAsync<CallbackConnectedArguments, CallbackAnswer>(AcdScripts.CallbackConnected, arguments);
        return await CallbackResultAsync(result.Outcome == "connected" ? CallbackOutcome.Connected : CallbackOutcome.NotFound, result);
    }

    /// <summary>
    /// The dial did not reach the caller: the counselor is available again at once (nobody was spoken to, so no
    /// wrap-up) and may be offered the next call; the callback is held out of line for
    /// <see cref="Routing.AcdSettings.CallbackRetryInterval"/> and then stands at its original place again
    /// (<see cref="CallbackOutcome.Retrying"/>), or, at the <see cref="Routing.AcdSettings.CallbackMaxAttempts"/>-th
    /// dial, ends as failed (<see cref="CallbackOutcome.Failed"/>, with <see cref="CallbackResult.Failed"/>). Only while dialling.
    /// </summary>
    public async Task<CallbackResult> CallbackAttemptFailedAsync(string callbackId, CallbackFailureReason reason, string? operationId = null)
    {
        var arguments = new CallbackAttemptFailedArguments(Context(operationId))
        {
            CallbackId = callbackId,
            Reason = ReasonText(reason),
            Day = Today(),
            Config = table.Config,
        };
        var result = await RunAsync<CallbackAttemptFailedArguments, CallbackAnswer>(AcdScripts.CallbackAttemptFailed, arguments);
        var outcome = result.Outcome switch
        {
            "retry" => CallbackOutcome.Retrying,
            "failed" => CallbackOutcome.Failed,
            _ => CallbackOutcome.NotFound,
        };
        return await CallbackResultAsync(outcome, result) with
        {
            Failed = outcome == CallbackOutcome.Failed
                ? new FailedCallback(result.CallbackId, result.OriginalCallSid, result.Language, result.Number, (int)result.Attempts)
                : null,
        };
    }

    /// <summary>
    /// Cancels a callback not yet connected (operations, or the caller phoned again and got through); a counselor being
    /// rung for it or dialling it is freed. Status is the callback as it stood when cancelled: in state
    /// <see cref="CallbackState.Reserved"/> or <see cref="CallbackState.Dialling"/>, stop <see cref="CallbackStatus.CounselorId"/>'s
    /// ring or the dial.
    /// </summary>
    public async Task<CallbackResult> CancelCallbackAsync(string callbackId, string reason, string? operationId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(reason);
        var arguments = new CancelCallbackArguments(Context(operationId)) { CallbackId = callbackId, Reason = reason, Config = table.Config };
        var result = await RunAsync<CancelCallbackArguments, CallbackAnswer>(AcdScripts.CancelCallback, arguments);
        return await CallbackResultAsync(result.Outcome == "cancelled" ? CallbackOutcome.Cancelled : CallbackOutcome.NotFound, result);
    }

    /// <summary>
    /// At a language's closing time: its callbacks in line, or scheduled before <paramref name="nextOpening"/>, are
    /// held out of line until then. They keep their callers' arrival, so at the opening they are first in line.
    /// Callbacks being rung for or dialled go on. Returns how many were scheduled.
    /// </summary>
    public async Task<int> CarryOverCallbacksAsync(string language, DateTimeOffset nextOpening, string? operationId = null)
    {
        RuleFor(language);
        var operation = operationId ?? Guid.NewGuid().ToString("N");
        var scheduled = 0;
        var cursor = "";
        for (var batch = 0; ; batch++)
        {
            var arguments = new CarryOverCallbacksArguments(Context($"{operation}:{batch}"))
            {
                Language = language,
                NotBefore = nextOpening.ToUnixTimeMilliseconds(),
                Cursor = cursor,
                BatchSize = Settings.SweepBatchSize,
            };
            var result = await RunAsync<CarryOverCallbacksArguments, CarryOverAnswer>(AcdScripts.CarryOverCallbacks, arguments);
            scheduled += (int)result.Scheduled;
            if (!result.More)
            {
                return scheduled;
            }
            cursor = result.Cursor;
        }
    }

    /// <summary>The callback as it stands, or null when the engine does not have it (never requested, failed, cancelled, or ended after connecting).</summary>
    public async Task<CallbackStatus?> GetCallbackAsync(string callbackId)
    {
        var json = await redis.HashGetAsync(Keys.Callers, callbackId);
        if (json.IsNull)
        {
            return null;
        }
        var record = ScriptAnswer.Read<CallbackRecord>((string)json!);
        var state = record.Kind is null && record.State == "connected" ? CallbackState.Connected : StateNames.CallbackStateOf(record.State);
        if (record.OriginalCallSid is null || state is null)
        {
            return null;
        }
        return new CallbackStatus(callbackId, record.OriginalCallSid, record.Number ?? "", record.Language, state.Value,
            DateTimeOffset.FromUnixTimeMilliseconds((long)record.ArrivedAt), DateTimeOffset.FromUnixTimeMilliseconds((long)record.RequestedAt),
            (int)record.Attempts, record.NotBefore is { } notBefore ? DateTimeOffset.FromUnixTimeMilliseconds((long)notBefore) : null,
            Optional(record.Counselor))
        {
            DialledCallSid = Optional(record.DialledCallSid),
        };
    }

    private async Task<CallbackResult> CallbackResultAsync(CallbackOutcome outcome, CallbackAnswer result)
    {
        var matches = await MatchAsync(result.Languages);
        var status = StatusOf(result);
        // The operation's own matching may have reserved the callback already.
        if (status is not null && matches.FirstOrDefault(match => match.CallSid == status.CallbackId) is { } reserved)
        {
            status = status with { State = CallbackState.Reserved, CounselorId = reserved.CounselorId };
        }
        return new CallbackResult(outcome, status, matches);
    }

    private static CallbackStatus? StatusOf(CallbackAnswer result) =>
        StateNames.CallbackStateOf(result.State) is { } state && result.CallbackId.Length > 0 && result.OriginalCallSid.Length > 0
            ? new CallbackStatus(result.CallbackId, result.OriginalCallSid, result.Number, result.Language, state,
                DateTimeOffset.FromUnixTimeMilliseconds((long)result.ArrivedAt), DateTimeOffset.FromUnixTimeMilliseconds((long)result.RequestedAt),
                (int)result.Attempts, result.NotBefore > 0 ? DateTimeOffset.FromUnixTimeMilliseconds((long)result.NotBefore) : null,
                Optional(result.Counselor))
            : null;

    private static string ReasonText(CallbackFailureReason reason) => reason switch
    {
        CallbackFailureReason.NoAnswer => "no-answer",
        CallbackFailureReason.Busy => "busy",
        CallbackFailureReason.NoKey => "no-key",
        CallbackFailureReason.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not a callback failure reason."),
    };

    [GeneratedRegex(@"^\+[1-9][0-9]{1,14}$")]
    private static partial Regex E164();
}
