using Ivr.Acd.Model;
using Ivr.Acd.Scripts;
using Ivr.Acd.Scripts.Arguments;

namespace Ivr.Acd.Engine;

public sealed partial class AcdEngine
{
    /// <summary>The counselor answered: the caller is connected, the counselor on a call.</summary>
    public Task<ReservationResult> AcceptAsync(string reservationId, string? operationId = null) =>
        AnswerAsync(reservationId, "accept", operationId);

    /// <summary>The counselor declined: the caller goes back to the head of the line; the counselor waits the reject delay.</summary>
    public Task<ReservationResult> RejectAsync(string reservationId, string? operationId = null) =>
        AnswerAsync(reservationId, "reject", operationId);

    /// <summary>Nobody answered: the caller goes back; after MaxNoAnswers in a row the counselor is set to Missed.</summary>
    public Task<ReservationResult> NoAnswerAsync(string reservationId, string? operationId = null) =>
        AnswerAsync(reservationId, "noanswer", operationId);

    private async Task<ReservationResult> AnswerAsync(string reservationId, string action, string? operationId)
    {
        var arguments = new ReservationArguments(Context(operationId ?? $"{action}:{reservationId}"))
        {
            ReservationId = reservationId,
            Answer = action,
            Day = Today(),
            Config = table.Config,
        };
        var result = await ChangeAsync(AcdScripts.Reservation, arguments);
        var outcome = result.Outcome switch
        {
            "accepted" => ReservationOutcome.Accepted,
            "reject" => ReservationOutcome.Rejected,
            "noanswer" => ReservationOutcome.NoAnswer,
            _ => ReservationOutcome.Gone,
        };
        if (outcome == ReservationOutcome.Gone)
        {
            return new ReservationResult(outcome, null, null, []);
        }
        var matches = outcome == ReservationOutcome.Accepted ? [] : await MatchAsync(result, result.Language);
        return new ReservationResult(outcome, result.CallSid, result.Counselor, matches);
    }
}
