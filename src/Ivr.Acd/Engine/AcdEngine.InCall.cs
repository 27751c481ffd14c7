using Ivr.Acd.Model;
using Ivr.Acd.Scripts;
using Ivr.Acd.Scripts.Answers;
using Ivr.Acd.Scripts.Arguments;
using Ivr.Acd.Scripts.Records;

namespace Ivr.Acd.Engine;

public sealed partial class AcdEngine
{
    /// <summary>
    /// Blind transfer to another language's queue: the caller keeps their priority and original arrival time; the
    /// counselor leaves into wrap-up.
    /// </summary>
    public async Task<InCallResult> TransferToLanguageAsync(string callSid, string language, string operationId)
    {
        var rule = RuleFor(language);
        var arguments = new TransferToLanguageArguments(Context(operationId))
        {
            CallSid = callSid,
            Language = language,
            Rule = table.RulePayloads[rule.Language],
            Config = table.Config,
        };
        var result = await ChangeAsync(AcdScripts.TransferToLanguage, arguments);
        return result.Outcome == "queued"
            ? new InCallResult(InCallOutcome.Done, Optional(result.Counselor), null, await MatchAsync(result))
            : InCallResult.Not(Refusal(result));
    }

    /// <summary>
    /// The counselor's leg ended before the caller reached them: the caller goes back in line at their place (priority,
    /// arrival, tags) and the counselor into wrap-up. Nothing happens unless this counselor still has the caller.
    /// </summary>
    public async Task<InCallResult> ReturnToLineAsync(string callSid, string counselorId, string operationId)
    {
        var arguments = new ReturnToLineArguments(Context(operationId))
        {
            CallSid = callSid,
            CounselorId = counselorId,
            Config = table.Config,
        };
        var result = await ChangeAsync(AcdScripts.ReturnToLine, arguments);
        return result.Outcome == "queued"
            ? new InCallResult(InCallOutcome.Done, Optional(result.Counselor), null, await MatchAsync(result))
            : InCallResult.Not(InCallOutcome.NotConnected);
    }

    /// <summary>
    /// Blind transfer to a named available counselor: they are reserved for the caller (ring them as after a match);
    /// the first counselor leaves into wrap-up. If they do not answer, the caller waits in line.
    /// </summary>
    public async Task<InCallResult> TransferToCounselorAsync(string callSid, string counselorId, string operationId)
    {
        var arguments = new TransferToCounselorArguments(Context(operationId))
        {
            CallSid = callSid,
            CounselorId = counselorId,
            ReservationId = ReservationIdFor(operationId),
            Timeout = (long)Settings.ReservationTimeout.TotalMilliseconds,
            Config = table.Config,
        };
        var result = await ChangeAsync(AcdScripts.TransferToCounselor, arguments);
        return result.Outcome == "reserved"
            ? new InCallResult(InCallOutcome.Done, Optional(result.Counselor), ReservationOf(callSid, result), await MatchAsync(result))
            : InCallResult.Not(Refusal(result));
    }

    /// <summary>Warm transfer, step one: reserves a named available counselor to consult on the call (ring them).</summary>
    public async Task<InCallResult> StartConsultAsync(string callSid, string counselorId, string operationId)
    {
        var arguments = new ConsultStartArguments(Context(operationId))
        {
            CallSid = callSid,
            CounselorId = counselorId,
            ReservationId = ReservationIdFor(operationId),
            Timeout = (long)Settings.ReservationTimeout.TotalMilliseconds,
        };
        var result = await ChangeAsync(AcdScripts.ConsultStart, arguments);
        return result.Outcome == "reserved"
            ? new InCallResult(InCallOutcome.Done, null, ReservationOf(callSid, result), [])
            : InCallResult.Not(Refusal(result));
    }

    /// <summary>The consulted counselor answered: they are on the call with the first counselor.</summary>
    public async Task<InCallResult> ConsultAnsweredAsync(string reservationId, string operationId)
    {
        var arguments = new ConsultAnswerArguments(Context(operationId)) { ReservationId = reservationId };
        var result = await ChangeAsync(AcdScripts.ConsultAnswer, arguments);
        return result.Outcome == "answered"
            ? InCallResult.Not(InCallOutcome.Done)
            : new InCallResult(InCallOutcome.Gone, null, null, await MatchAsync(result));
    }

    /// <summary>Warm transfer, step two: the first counselor leaves into wrap-up, the consulted one keeps the caller.</summary>
    public async Task<InCallResult> CompleteConsultAsync(string callSid, string operationId)
    {
        var arguments = new ConsultCompleteArguments(Context(operationId)) { CallSid = callSid, Config = table.Config };
        var result = await ChangeAsync(AcdScripts.ConsultComplete, arguments);
        return result.Outcome == "handed"
            ? new InCallResult(InCallOutcome.Done, Optional(result.Counselor), null, await MatchAsync(result))
            : InCallResult.Not(Refusal(result));
    }

    /// <summary>
    /// The consult ended without a hand-over (cancelled, or the consulted counselor's leg ended): that counselor is
    /// available again. Does nothing once they took the call over.
    /// </summary>
    public async Task<InCallResult> EndConsultAsync(string callSid, string counselorId, string operationId)
    {
        var arguments = new ConsultEndArguments(Context(operationId)) { CallSid = callSid, CounselorId = counselorId };
        var result = await ChangeAsync(AcdScripts.ConsultEnd, arguments);
        return result.Outcome == "ended"
            ? new InCallResult(InCallOutcome.Done, null, null, await MatchAsync(result))
            : InCallResult.Not(InCallOutcome.NotConsulting);
    }

    /// <summary>The caller's record (any state), or null when the engine does not know the call.</summary>
    public async Task<ConnectedCall?> GetCallAsync(string callSid)
    {
        var json = await redis.HashGetAsync(Keys.Callers, callSid);
        if (json.IsNull)
        {
            return null;
        }
        var record = ScriptAnswer.Read<CallerRecord>((string)json!);
        return new ConnectedCall(callSid, record.Language, StateNames.CallerStateOf(record.State) ?? CallerState.Waiting,
            Optional(record.Counselor), Optional(record.ConsultedCounselor));
    }

    // One reservation per operation: a replayed operation rings the same reservation.
    private static string ReservationIdFor(string operationId) => "r" + Convert.ToHexString(
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(operationId)))[..31].ToLowerInvariant();

    private static Match ReservationOf(string callSid, ChangeAnswer result) => new(
        result.ReservationId, callSid, result.NamedCounselor, result.Language, result.Language,
        DateTimeOffset.FromUnixTimeMilliseconds((long)result.Deadline));

    private static InCallOutcome Refusal(ChangeAnswer result) => result.Outcome switch
    {
        "consulting" => InCallOutcome.Consulting,
        "noconsult" => InCallOutcome.NotConsulting,
        "notanswered" => InCallOutcome.NotAnswered,
        "unavailable" => InCallOutcome.Unavailable,
        "unknown" => InCallOutcome.UnknownCounselor,
        "gone" => InCallOutcome.Gone,
        _ => InCallOutcome.NotConnected,
    };

    private static string? Optional(string? value) => value is { Length: > 0 } ? value : null;
}
