using Ivr.Server.Telephony;
using Twilio.Clients;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Rest.Api.V2010.Account.Conference;
using Twilio.Types;

namespace Ivr.Server.CallControl.InCall;

/// <summary>
/// The Twilio requests of the in-call operations. Updates are safe to replay and Polly retries them; creating a
/// participant is never retried (the first attempt may have rung a phone). A failure surfaces as
/// <see cref="TwilioUnavailableException"/>.
/// </summary>
public sealed class ConferenceControl(ITwilioRestClient twilio)
{
    public Task SetMutedAsync(string conference, string callSid, bool muted) =>
        UpdateAsync(new UpdateParticipantOptions(conference, callSid) { Muted = muted }, "change the microphone");

    public Task SetHoldAsync(string conference, string callSid, bool hold, Uri holdUrl) =>
        UpdateAsync(new UpdateParticipantOptions(conference, callSid)
        {
            Hold = hold,
            HoldUrl = hold ? holdUrl : null,
            HoldMethod = hold ? Twilio.Http.HttpMethod.Post : null,
        }, hold ? "put the caller on hold" : "take the caller off hold");

    public Task SetEndConferenceOnExitAsync(string conference, string callSid, bool end) =>
        UpdateAsync(new UpdateParticipantOptions(conference, callSid) { EndConferenceOnExit = end }, "prepare the hand-over");

    /// <summary>Rings <paramref name="to"/> into the conference; returns the new participant's CallSid.</summary>
    public async Task<string> AddAsync(string conference, IEndpoint from, IEndpoint to, Uri statusCallback, int timeoutSeconds, string label)
    {
        try
        {
            var participant = await ParticipantResource.CreateAsync(new CreateParticipantOptions(conference, from, to)
            {
                Timeout = timeoutSeconds,
                StatusCallback = statusCallback,
                StatusCallbackMethod = Twilio.Http.HttpMethod.Post,
                StatusCallbackEvent = ["initiated", "ringing", "answered", "completed"],
                StartConferenceOnEnter = true,
                EndConferenceOnExit = false,
                Beep = "false",
                Label = label,
            }, twilio);
            return participant.CallSid;
        }
        catch (Exception exception) when (TwilioFailures.Is(exception))
        {
            throw new TwilioUnavailableException("Twilio could not place the call; nothing changed, try again.", exception);
        }
    }

    /// <summary>Takes the caller's call elsewhere (e.g. back to a queue).</summary>
    public async Task RedirectAsync(string callSid, Uri url)
    {
        try
        {
            await CallResource.UpdateAsync(new UpdateCallOptions(callSid) { Url = url, Method = Twilio.Http.HttpMethod.Post }, twilio);
        }
        catch (Exception exception) when (TwilioFailures.Is(exception))
        {
            throw new TwilioUnavailableException("Twilio could not move the caller.", exception);
        }
    }

    /// <summary>Ends an answered call with one request (Status=completed); a call already over (Twilio 21220) is fine.</summary>
    public async Task EndAnsweredAsync(string callSid)
    {
        try
        {
            await CallResource.UpdateAsync(new UpdateCallOptions(callSid) { Status = CallResource.UpdateStatusEnum.Completed }, twilio);
        }
        catch (Exception exception) when (TwilioFailures.IsCallGone(exception))
        {
        }
        catch (Exception exception) when (TwilioFailures.Is(exception))
        {
            throw new TwilioUnavailableException("Twilio could not end the call; try again.", exception);
        }
    }

    /// <summary>Ends a call: canceled while it rings, completed once answered; a call that already ended is fine.</summary>
    public async Task HangUpAsync(string callSid, bool ringing = false)
    {
        CallResource.UpdateStatusEnum[] statuses = ringing
            ? [CallResource.UpdateStatusEnum.Canceled, CallResource.UpdateStatusEnum.Completed]
            : [CallResource.UpdateStatusEnum.Completed, CallResource.UpdateStatusEnum.Canceled];
        foreach (var status in statuses)
        {
            try
            {
                await CallResource.UpdateAsync(new UpdateCallOptions(callSid) { Status = status }, twilio);
                return;
            }
            catch (Exception exception) when (TwilioFailures.IsCallGone(exception))
            {
                // Not in a state this status applies to, or already over (Twilio 21220): try the next.
            }
            catch (Exception exception) when (TwilioFailures.Is(exception))
            {
                throw new TwilioUnavailableException("Twilio could not end the call leg; try again.", exception);
            }
        }
    }

    private async Task UpdateAsync(UpdateParticipantOptions options, string what)
    {
        try
        {
            await ParticipantResource.UpdateAsync(options, twilio);
        }
        catch (Exception exception) when (TwilioFailures.Is(exception))
        {
            throw new TwilioUnavailableException($"Twilio could not {what}; nothing changed, try again.", exception);
        }
    }
}
