using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using Ivr.Server.Ivr;
using Ivr.Server.Queueing;
using Ivr.Server.Recordings;
using Ivr.Server.Telephony;

namespace Ivr.Server.CallControl;

/// <summary>
/// Rings the reserved counselor's softphone as a participant of the reservation's conference; the caller keeps
/// hearing the hold loop until the counselor answers (see <see cref="CounselorLegEndpoint"/>). When Twilio cannot be
/// reached the reservation is undone at once (as a reject: the counselor waits the reject delay instead of being
/// marked missed, since the fault is not theirs) and the caller stays first in line.
/// </summary>
public sealed partial class TwilioMatchDispatcher(
    CounselorRing ring, CounselorLegHangUps hangUps, AcdEngine engine, CallLegs legs, PublicUrls urls, Callbacks.CallbackAttempts callbackAttempts,
    CallRecordingDecision recording, TimeProvider time, ILogger<TwilioMatchDispatcher> logger) : IMatchDispatcher
{
    public async Task DispatchAsync(IReadOnlyList<Match> matches, CancellationToken cancellationToken)
    {
        var pending = new Queue<Match>(matches);
        while (pending.TryDequeue(out var match))
        {
            foreach (var next in await RingAsync(match))
            {
                pending.Enqueue(next);
            }
        }
    }

    public async Task ReleaseAsync(string callerSid, bool connected, CancellationToken cancellationToken)
    {
        if (await legs.ReservationOfCallerAsync(callerSid) is { } reservationId &&
            (await legs.FindAsync(reservationId)).CounselorLegSid is { } legSid)
        {
            await hangUps.EndAsync(legSid, answered: connected);
        }
    }

    public Task DialExpiredAsync(ExpiredDial dial, CancellationToken cancellationToken) => callbackAttempts.EndExpiredAsync(dial);

    private async Task<IReadOnlyList<Match>> RingAsync(Match match)
    {
        await legs.RememberAsync(match.ReservationId, match.CallSid, match.CounselorId);
        var ringFor = match.Deadline - time.GetUtcNow();
        // A caller who heard the recording announcement without refusing is recorded; callbacks are not asked, so not recorded.
        var recorded = match.Kind == MatchKind.Caller ? await recording.RouteValuesAsync(match.CallSid, match.Language, CancellationToken.None) : null;
        string legSid;
        try
        {
            legSid = await ring.RingAsync(match.ReservationId, match.CounselorId, Math.Max(5, (int)ringFor.TotalSeconds),
                urls.For(CounselorLegEndpoint.RouteName, new { reservationId = match.ReservationId }),
                recorded is null ? null : urls.For(CallRecordingEndpoint.Route, recorded));
        }
        catch (Exception exception) when (TwilioFailures.Is(exception))
        {
            LogRingFailed(match.ReservationId, match.CounselorId, exception.Message);
            var undone = await engine.RejectAsync(match.ReservationId, operationId: "ring-failed:" + match.ReservationId);
            return undone.Matches;
        }
        if ((await engine.GetCounselorAsync(match.CounselorId))?.ReservationId != match.ReservationId)
        {
            // Declined, or the caller hung up, while this ring request was on its way: whoever ended the
            // reservation could not know this leg yet, so stopping it is ours to do.
            await hangUps.EndAsync(legSid, answered: false);
        }
        return [];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not ring counselor {CounselorId} for reservation {ReservationId}: {Reason}; the caller stays first in line")]
    private partial void LogRingFailed(string reservationId, string counselorId, string reason);
}
