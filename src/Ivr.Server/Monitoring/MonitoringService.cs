using System.Globalization;
using System.Security.Claims;
using Ivr.Acd.Engine;
using Ivr.Server.Auditing;
using Ivr.Server.CallControl;
using Ivr.Server.CallControl.InCall;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Monitoring;

/// <summary>
/// A supervisor joins a counselor's live call from their browser (listen, whisper, barge), switches mode, and leaves;
/// leaving never touches the call. Every session is audited when it starts and when it ends (how long, which modes).
/// When operations let counselors see it, the mode is shown on the counselor's softphone.
/// </summary>
public sealed class MonitoringService(
    AcdEngine engine, CurrentCalls calls, CallLegs legs, MonitorSessions sessions, MonitorSettings settings, MonitorLine line,
    ConferenceControl conference, PublicUrls urls, ICallStateObserver observer, AuditLog audit, TimeProvider time,
    IOptions<MonitoringOptions> options, IOptions<CallControlOptions> callControl)
{
    public const string StartedAction = "monitoring.started";
    public const string EndedAction = "monitoring.ended";
    public const string FollowedAction = "monitoring.followed";

    public async Task<InCallReply> StartAsync(ClaimsPrincipal user, StartMonitoringRequest request, CancellationToken cancellationToken)
    {
        if (!MonitorMode.IsValid(request.Mode))
        {
            return InCallReply.BadRequest($"The mode must be one of {string.Join(", ", MonitorMode.All)}.");
        }
        var counselorId = request.CounselorId;
        if (string.IsNullOrWhiteSpace(counselorId))
        {
            if (string.IsNullOrWhiteSpace(request.CallSid))
            {
                return InCallReply.BadRequest("Name the call (callSid) or the counselor on it (counselorId).");
            }
            counselorId = (await engine.GetCallAsync(request.CallSid))?.CounselorId;
        }
        if (counselorId is null || await calls.FindLeadAsync(counselorId) is not { MyLeg: { } counselorLeg } current
            || (request.CallSid is { Length: > 0 } callSid && callSid != current.CallSid))
        {
            return InCallReply.Conflict("That counselor is not on a call now.");
        }
        var session = new MonitorSession(Guid.NewGuid().ToString("N"), user.FindFirstValue(ClaimTypes.Name) ?? "", MonitorIdentity.Of(user),
            counselorId, current.CallSid, current.ReservationId, current.Legs.Conference, counselorLeg, null, request.Mode!, [request.Mode!],
            MonitorSession.Ringing, time.GetUtcNow(), null);
        if (!await sessions.TryCreateAsync(session))
        {
            return InCallReply.Conflict("The call is already monitored, or you are monitoring another call: leave that first.");
        }
        try
        {
            var leg = await line.JoinAsync(session, callControl.Value.CallerId, options.Value.RingSeconds,
                urls.For(MonitorLegEndpoint.RouteName, new { sessionId = session.Id }));
            session = session with { Leg = leg };
            await sessions.SetAsync(session, MonitorSession.LegField);
        }
        catch (TwilioUnavailableException exception)
        {
            await sessions.EndAsync(session);
            return InCallReply.BadGateway(exception.Message);
        }
        await audit.WriteAsync(StartedAction, session.CallSid,
            $"{session.Supervisor} joined {counselorId}'s call to {session.Mode}", session.Supervisor, cancellationToken);
        return InCallReply.Created(View(session, user));
    }

    public async Task<InCallReply> SwitchAsync(ClaimsPrincipal user, string id, string? mode, CancellationToken cancellationToken)
    {
        var (session, refused) = await OwnSessionAsync(user, id);
        if (session is null)
        {
            return refused;
        }
        if (!MonitorMode.IsValid(mode))
        {
            return InCallReply.BadRequest($"The mode must be one of {string.Join(", ", MonitorMode.All)}.");
        }
        if (session.State == MonitorSession.Leaving)
        {
            return InCallReply.Conflict("You are leaving this call.");
        }
        if (session.State != MonitorSession.Connected || session.Leg is null)
        {
            return InCallReply.Conflict("Your browser has not joined the call yet: answer it first.");
        }
        if (mode == session.Mode)
        {
            return InCallReply.Ok(View(session, user));
        }
        return await InCallSteps.OrBadGatewayAsync(async () =>
        {
            await line.SetModeAsync(session, mode!);
            var modes = session.Modes.Contains(mode!, StringComparer.Ordinal) ? session.Modes : [.. session.Modes, mode!];
            session = session with { Mode = mode!, Modes = modes };
            if (!await sessions.SetAsync(session, MonitorSession.ModeField, MonitorSession.ModesField))
            {
                return InCallReply.NotFound("The session has ended.");
            }
            await TellCounselorAsync(session, cancellationToken);
            return InCallReply.Ok(View(session, user));
        });
    }

    public async Task<InCallReply> LeaveAsync(ClaimsPrincipal user, string id, CancellationToken cancellationToken)
    {
        var (session, refused) = await OwnSessionAsync(user, id);
        if (session is null)
        {
            return refused;
        }
        // Marked first: the leg's status callback may end the session before the hang-up returns, and it must say "left".
        var leaving = session with { State = MonitorSession.Leaving };
        if (!await sessions.SetAsync(leaving, MonitorSession.StateField))
        {
            return InCallReply.NoContent(); // it ended meanwhile
        }
        return await InCallSteps.OrBadGatewayAsync(async () =>
        {
            // Only the supervisor's own leg: the conference and everyone else in it stay as they are.
            if (session.Leg is { } leg)
            {
                try
                {
                    await conference.HangUpAsync(leg, ringing: session.State == MonitorSession.Ringing);
                }
                catch (TwilioUnavailableException)
                {
                    await sessions.SetAsync(session, MonitorSession.StateField); // still in the call: leaving can be tried again
                    throw;
                }
            }
            await FinishAsync(leaving, "left", cancellationToken);
            return InCallReply.NoContent();
        });
    }

    /// <summary>A status callback of the supervisor's leg: answered connects the session, an end finishes it.</summary>
    public async Task LegStatusAsync(string id, LegCallback leg, CancellationToken cancellationToken)
    {
        if (await sessions.GetAsync(id) is not { } session)
        {
            return;
        }
        if (Telephony.CallStatuses.IsTerminal(leg.Status))
        {
            await FinishAsync(session, session.State switch
            {
                MonitorSession.Ringing => "not answered: " + leg.Status,
                MonitorSession.Leaving => "left",
                _ => "their leg ended (hung up, or the call ended)",
            }, cancellationToken);
        }
        else if (leg.Status == Telephony.CallStatuses.InProgress && session.State == MonitorSession.Ringing)
        {
            session = session with { State = MonitorSession.Connected, ConnectedAt = time.GetUtcNow(), Leg = session.Leg ?? leg.CallSid };
            if (await sessions.SetAsync(session, MonitorSession.StateField, MonitorSession.ConnectedField, MonitorSession.LegField))
            {
                await TellCounselorAsync(session, cancellationToken);
            }
        }
    }

    /// <summary>
    /// A warm transfer handed the call to another counselor: the session follows them (a whisper now coaches their leg;
    /// the first counselor's has left), and the softphone that shows the mode is theirs.
    /// </summary>
    public async Task FollowHandoverAsync(string callSid, string counselorId, string counselorLeg, CancellationToken cancellationToken)
    {
        if (await sessions.FindByCallAsync(callSid) is not { } session || session.CounselorLeg == counselorLeg)
        {
            return;
        }
        var moved = session with { CounselorId = counselorId, CounselorLeg = counselorLeg };
        if (!await sessions.SetAsync(moved, MonitorSession.CounselorField, MonitorSession.CounselorLegField))
        {
            return;
        }
        if (moved is { Mode: MonitorMode.Whisper, State: MonitorSession.Connected, Leg: not null })
        {
            await line.SetModeAsync(moved, MonitorMode.Whisper);
        }
        await audit.WriteAsync(FollowedAction, callSid, $"{session.Supervisor} now on {counselorId}'s call (handed over by {session.CounselorId})",
            session.Supervisor, cancellationToken);
        await TellCounselorAsync(moved, cancellationToken);
    }

    public async Task<IReadOnlyList<MonitorSessionView>> ListAsync(ClaimsPrincipal user) =>
        [.. (await sessions.ListAsync()).Select(session => View(session, user))];

    private async Task FinishAsync(MonitorSession session, string how, CancellationToken cancellationToken)
    {
        if (!await sessions.EndAsync(session))
        {
            return;
        }
        await legs.ClearAsync(session.ReservationId, CallLegState.MonitorField);
        await observer.CallChangedAsync(session.CounselorId, cancellationToken);
        var seconds = session.ConnectedAt is { } connected ? (int)(time.GetUtcNow() - connected).TotalSeconds : 0;
        await audit.WriteAsync(EndedAction, session.CallSid,
            string.Create(CultureInfo.InvariantCulture, $"{session.Supervisor} on {session.CounselorId}'s call: {seconds} s; modes {string.Join(", ", session.Modes)}; {how}"),
            session.Supervisor, cancellationToken);
    }

    /// <summary>Shows the mode on the counselor's softphone when operations allow it, else makes sure nothing shows.</summary>
    private async Task TellCounselorAsync(MonitorSession session, CancellationToken cancellationToken)
    {
        if (await settings.TellCounselorsAsync())
        {
            await legs.SetAsync(session.ReservationId, (CallLegState.MonitorField, session.Mode));
        }
        else
        {
            await legs.ClearAsync(session.ReservationId, CallLegState.MonitorField);
        }
        await observer.CallChangedAsync(session.CounselorId, cancellationToken);
    }

    private async Task<(MonitorSession? Session, InCallReply Reply)> OwnSessionAsync(ClaimsPrincipal user, string id) =>
        await sessions.GetAsync(id) switch
        {
            null => (null, InCallReply.NotFound("No such monitoring session (it may have ended).")),
            { } session when session.Identity != MonitorIdentity.Of(user) => (null, InCallReply.Forbidden("Only the supervisor in the session can change it.")),
            { } session => (session, InCallReply.NoContent()),
        };

    private static MonitorSessionView View(MonitorSession session, ClaimsPrincipal user) => new(
        session.Id, session.Supervisor, session.CounselorId, session.CallSid, session.Mode, session.Modes, session.State, session.Leg,
        session.StartedAt, session.ConnectedAt, Mine: session.Identity == MonitorIdentity.Of(user));
}

/// <summary>Which call to monitor (by its caller's CallSid, or by the counselor on it) and how (listen, whisper, barge).</summary>
public sealed record StartMonitoringRequest(string? CounselorId, string? CallSid, string? Mode);

public sealed record SwitchMonitoringRequest(string? Mode);

/// <summary>A monitoring session as the console shows it; <paramref name="Mine"/> for the signed-in supervisor's own.</summary>
public sealed record MonitorSessionView(
    string Id, string Supervisor, string CounselorId, string CallSid, string Mode, IReadOnlyList<string> Modes, string State, string? Leg,
    DateTimeOffset StartedAt, DateTimeOffset? ConnectedAt, bool Mine);

public sealed record MonitorSettingsView(bool TellCounselors);
