using System.Text.Json;
using Ivr.Acd.Model;
using Ivr.Acd.Scripts;

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
        var arguments = Arguments(operationId) with { Id = callSid, Action = "language", Language = language, Rule = table.RulePayloads[rule.Language] };
        var result = await RunAsync(AcdScripts.Transfer, arguments);
        return result.Str("o") == "queued"
            ? new InCallResult(InCallOutcome.Done, Optional(result.Str("g")), null, await MatchAsync(result))
            : InCallResult.Not(Refusal(result));
    }

    /// <summary>
    /// Blind transfer to a named available counselor: they are reserved for the caller (ring them as after a match);
    /// the first counselor leaves into wrap-up. If they do not answer, the caller waits in line.
    /// </summary>
    public async Task<InCallResult> TransferToCounselorAsync(string callSid, string counselorId, string operationId)
    {
        var arguments = Arguments(operationId) with
        {
            Id = callSid,
            Action = "counselor",
            Reason = counselorId,
            Data = ReservationIdFor(operationId),
            Timeout = (long)Settings.ReservationTimeout.TotalMilliseconds,
        };
        var result = await RunAsync(AcdScripts.Transfer, arguments);
        return result.Str("o") == "reserved"
            ? new InCallResult(InCallOutcome.Done, Optional(result.Str("g")), ReservationOf(callSid, result), await MatchAsync(result))
            : InCallResult.Not(Refusal(result));
    }

    /// <summary>Warm transfer, step one: reserves a named available counselor to consult on the call (ring them).</summary>
    public async Task<InCallResult> StartConsultAsync(string callSid, string counselorId, string operationId)
    {
        var arguments = Arguments(operationId) with
        {
            Id = callSid,
            Action = "start",
            Reason = counselorId,
            Data = ReservationIdFor(operationId),
            Timeout = (long)Settings.ReservationTimeout.TotalMilliseconds,
        };
        var result = await RunAsync(AcdScripts.Consult, arguments);
        return result.Str("o") == "reserved"
            ? new InCallResult(InCallOutcome.Done, null, ReservationOf(callSid, result), [])
            : InCallResult.Not(Refusal(result));
    }

    /// <summary>The consulted counselor answered: they are on the call with the first counselor.</summary>
    public async Task<InCallResult> ConsultAnsweredAsync(string reservationId, string operationId)
    {
        var result = await RunAsync(AcdScripts.Consult, Arguments(operationId) with { Id = reservationId, Action = "answer" });
        return result.Str("o") == "answered"
            ? InCallResult.Not(InCallOutcome.Done)
            : new InCallResult(InCallOutcome.Gone, null, null, await MatchAsync(result));
    }

    /// <summary>Warm transfer, step two: the first counselor leaves into wrap-up, the consulted one keeps the caller.</summary>
    public async Task<InCallResult> CompleteConsultAsync(string callSid, string operationId)
    {
        var result = await RunAsync(AcdScripts.Consult, Arguments(operationId) with { Id = callSid, Action = "complete" });
        return result.Str("o") == "handed"
            ? new InCallResult(InCallOutcome.Done, Optional(result.Str("g")), null, await MatchAsync(result))
            : InCallResult.Not(Refusal(result));
    }

    /// <summary>
    /// The consult ended without a hand-over (cancelled, or the consulted counselor's leg ended): that counselor is
    /// available again. Does nothing once they took the call over.
    /// </summary>
    public async Task<InCallResult> EndConsultAsync(string callSid, string counselorId, string operationId)
    {
        var result = await RunAsync(AcdScripts.Consult, Arguments(operationId) with { Id = callSid, Action = "end", Reason = counselorId });
        return result.Str("o") == "ended"
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
        var record = new ScriptResult(JsonDocument.Parse((string)json!).RootElement.Clone());
        return new ConnectedCall(callSid, record.Str("l"), ScriptResult.CallerStateOf(record.Str("st")) ?? CallerState.Waiting,
            Optional(record.Str("ag")), Optional(record.Str("cg")));
    }

    // One reservation per operation: a replayed operation rings the same reservation.
    private static string ReservationIdFor(string operationId) => "r" + Convert.ToHexString(
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(operationId)))[..31].ToLowerInvariant();

    private static Match ReservationOf(string callSid, ScriptResult result) => new(
        result.Str("r"), callSid, result.Str("b"), result.Str("l"), result.Str("l"), DateTimeOffset.FromUnixTimeMilliseconds(result.Long("d")));

    private static InCallOutcome Refusal(ScriptResult result) => result.Str("o") switch
    {
        "consulting" => InCallOutcome.Consulting,
        "noconsult" => InCallOutcome.NotConsulting,
        "notanswered" => InCallOutcome.NotAnswered,
        "unavailable" => InCallOutcome.Unavailable,
        "unknown" => InCallOutcome.UnknownCounselor,
        "gone" => InCallOutcome.Gone,
        _ => InCallOutcome.NotConnected,
    };

    private static string? Optional(string value) => value.Length > 0 ? value : null;
}
