using Ivr.Acd.Model;
using Ivr.Acd.Tests.Infrastructure;

namespace Ivr.Acd.Tests.Scenarios.Callbacks;

/// <summary>What the callback scenarios do again and again: ask for a callback, serve a call to its end.</summary>
internal static class CallbackSteps
{
    public const string Number = "+821012345678";

    public static Task<CallbackResult> AskCallbackAsync(this AcdTestBed bed, string callSid, DateTimeOffset? notBefore = null) =>
        bed.Engine.RequestCallbackAsync(callSid, Number, notBefore);

    /// <summary>
    /// The counselor accepts the reservation and finishes the call (a callback's dialled caller answers first), then is
    /// ready: returns the match their readiness made.
    /// </summary>
    public static async Task<Match?> ServeAsync(this AcdTestBed bed, Match match)
    {
        await bed.Engine.AcceptAsync(match.ReservationId);
        if (match.Kind == MatchKind.Callback)
        {
            await bed.Engine.CallbackConnectedAsync(match.CallSid, "CA-dialled-" + match.CallSid);
        }
        await bed.Engine.CallEndedAsync(match.CallSid);
        return (await bed.Engine.WrapUpDoneAsync(match.CounselorId)).Matches.SingleOrDefault();
    }

    /// <summary>A counselor accepts the callback and its dial fails.</summary>
    public static async Task<CallbackResult> DialFailsAsync(this AcdTestBed bed, Match match, CallbackFailureReason reason = CallbackFailureReason.NoAnswer)
    {
        Assert.That(match.Kind, Is.EqualTo(MatchKind.Callback));
        await bed.Engine.AcceptAsync(match.ReservationId);
        return await bed.Engine.CallbackAttemptFailedAsync(match.CallSid, reason);
    }
}
