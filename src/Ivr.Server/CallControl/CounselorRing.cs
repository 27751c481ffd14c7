using Microsoft.Extensions.Options;
using Twilio.Clients;
using Twilio.Rest.Api.V2010.Account.Conference;

namespace Ivr.Server.CallControl;

/// <summary>
/// Rings a counselor's softphone as the first participant of a reservation's conference (a match, or a call the
/// counselor places), and notes their leg and the conference's sid in <see cref="CallLegs"/>. The conference ends when
/// they leave it. A recorded call's conference is recorded from its start (the caller's join) to its end, the
/// recording's status callback named here: the first participant sets the conference's recording. Never retried
/// (Polly does not replay a create); a Twilio failure is thrown for the caller to undo.
/// </summary>
public sealed class CounselorRing(ITwilioRestClient twilio, CallLegs legs, IOptions<CallControlOptions> options)
{
    /// <returns>The counselor's leg (its CallSid).</returns>
    /// <param name="recordingCallback">When the call is recorded: the recording status callback (Recordings/CallRecordingEndpoint).</param>
    public async Task<string> RingAsync(string reservationId, string counselorId, int timeoutSeconds, Uri statusCallback, Uri? recordingCallback = null)
    {
        var participant = await ParticipantResource.CreateAsync(
            new CreateParticipantOptions(ConferenceNames.ForReservation(reservationId), new Twilio.Types.Client(options.Value.CallerId), new Twilio.Types.Client(counselorId))
            {
                Timeout = timeoutSeconds,
                StatusCallback = statusCallback,
                StatusCallbackMethod = Twilio.Http.HttpMethod.Post,
                StatusCallbackEvent = ["initiated", "ringing", "answered", "completed"],
                StartConferenceOnEnter = true,
                EndConferenceOnExit = true,
                Beep = "false",
                Label = "counselor",
                ConferenceRecord = recordingCallback is null ? null : "record-from-start",
                ConferenceRecordingStatusCallback = recordingCallback,
                ConferenceRecordingStatusCallbackMethod = recordingCallback is null ? null : Twilio.Http.HttpMethod.Post,
                ConferenceRecordingStatusCallbackEvent = recordingCallback is null ? null : ["completed", "absent"],
            },
            twilio);
        // One write: the leg; the conference's sid, which in-call operations address its participants by; and whether it
        // is recorded, so that holding the caller pauses the recording and a call not recorded asks Twilio nothing.
        List<(string Field, string Value)> fields = [(CallLegState.LegField, participant.CallSid)];
        if (participant.ConferenceSid is { Length: > 0 } conferenceSid)
        {
            fields.Add((CallLegState.ConferenceField, conferenceSid));
        }
        if (recordingCallback is not null)
        {
            fields.Add((CallLegState.RecordedField, "true"));
        }
        await legs.SetAsync(reservationId, [.. fields]);
        return participant.CallSid;
    }
}
