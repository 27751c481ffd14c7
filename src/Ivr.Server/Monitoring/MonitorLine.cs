using Ivr.Server.CallControl;
using Ivr.Server.Telephony;
using Twilio.Clients;
using Twilio.Rest.Api.V2010.Account.Conference;

namespace Ivr.Server.Monitoring;

/// <summary>
/// The supervisor's leg in the call's conference, through Twilio's Participants API: listen is a muted participant,
/// whisper a coaching one (<c>Coaching=true</c>, <c>CallSidToCoach</c> = the counselor's leg), barge a full one. It
/// never starts nor ends the conference (<c>EndConferenceOnExit=false</c>), so the supervisor leaving changes nothing.
/// </summary>
public sealed class MonitorLine(ITwilioRestClient twilio)
{
    /// <summary>Rings the supervisor's browser device into the conference in the session's mode; returns their leg.</summary>
    public async Task<string> JoinAsync(MonitorSession session, string from, int ringSeconds, Uri statusCallback)
    {
        try
        {
            var options = new CreateParticipantOptions(session.Conference, new Twilio.Types.Client(from), new Twilio.Types.Client(session.Identity))
            {
                Timeout = ringSeconds,
                StatusCallback = statusCallback,
                StatusCallbackMethod = Twilio.Http.HttpMethod.Post,
                StatusCallbackEvent = ["answered", "completed"],
                StartConferenceOnEnter = false,
                EndConferenceOnExit = false,
                Beep = "false",
                Label = "monitor",
                Muted = session.Mode == MonitorMode.Listen,
            };
            if (session.Mode == MonitorMode.Whisper)
            {
                options.Coaching = true;
                options.CallSidToCoach = session.CounselorLeg;
            }
            return (await ParticipantResource.CreateAsync(options, twilio)).CallSid;
        }
        catch (Exception exception) when (TwilioFailures.Is(exception))
        {
            throw new TwilioUnavailableException("Twilio could not ring your browser into the call; nothing changed, try again.", exception);
        }
    }

    /// <summary>Switches the supervisor's participant to <paramref name="mode"/> in one update (safe to replay).</summary>
    public async Task SetModeAsync(MonitorSession session, string mode)
    {
        try
        {
            await ParticipantResource.UpdateAsync(new UpdateParticipantOptions(session.Conference, session.Leg!)
            {
                Muted = mode == MonitorMode.Listen,
                Coaching = mode == MonitorMode.Whisper,
                CallSidToCoach = mode == MonitorMode.Whisper ? session.CounselorLeg : null,
            }, twilio);
        }
        catch (Exception exception) when (TwilioFailures.Is(exception))
        {
            throw new TwilioUnavailableException($"Twilio could not switch you to {mode}; you are still in {session.Mode}.", exception);
        }
    }
}
