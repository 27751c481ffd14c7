using Ivr.Acd.Events;
using Ivr.Server.Configuration;
using Ivr.Server.Hours;
using Ivr.Server.Menus;
using Ivr.Server.Queueing;
using Ivr.Server.Recordings;
using Ivr.Server.Telephony;
using Twilio.TwiML;
using TwilioMethod = Twilio.Http.HttpMethod;

namespace Ivr.Server.Ivr;

/// <summary>
/// The recording announcement, in the caller's language, between the menu and the queue of a language whose calls are
/// recorded: the refusal key (<see cref="RecordingConsent.RefuseKey"/>) refuses, the announcement heard to its end gives
/// consent. The answer goes on the caller's session (which the ring reads) and into the call's events
/// (<c>recording.consent</c>), and only then does the caller join the queue: no counselor is rung before they answered.
/// On the institution line the question and the refusal's answer are in Korean, the staff's language.
/// </summary>
public sealed class RecordingConsentFlow(
    RecordingPolicy policy, IvrTwiml twiml, QueueTwiml queueTwiml, CallMenus menus, CallSessionStore sessions, ICallerQueue queue, TimeProvider clock)
{
    /// <summary>Seconds the caller has after the announcement to press the key.</summary>
    public const int KeySeconds = 3;

    /// <summary>Whether a caller about to join <paramref name="language"/>'s queue is asked first.</summary>
    public bool Asks(IvrSnapshot snapshot, CallSession session, string language) => session.Consent is null && policy.Records(snapshot, language);

    /// <param name="spokenIn">The language the question is asked in, when not <paramref name="language"/>'s own.</param>
    public VoiceResponse Ask(HttpContext context, MenuDefinition menu, HoursDirectory hours, string language, string? spokenIn = null)
    {
        var gather = new Twilio.TwiML.Voice.Gather(
            input: [Twilio.TwiML.Voice.Gather.InputEnum.Dtmf],
            action: twiml.Link(context, VoiceRoutes.Consent, new { language }),
            method: TwilioMethod.Post,
            numDigits: 1,
            timeout: KeySeconds,
            actionOnEmptyResult: true);
        twiml.Speak(gather, PromptKeys.RecordingConsent, spokenIn ?? language, menu, hours);
        return new VoiceResponse().Append(gather);
    }

    /// <summary>The announcement's answer (a retried webhook keeps the first), then the queue as the menu would have joined it.</summary>
    public async Task<TwiMLResult> AnswerAsync(HttpContext context, TwilioVoiceRequest call, string language)
    {
        var (menu, snapshot, session) = await menus.ForCallAsync(call.CallSid, context.RequestAborted);
        var now = clock.GetUtcNow();
        var consent = session?.Consent ?? (call.Digits == RecordingConsent.RefuseKey ? RecordingConsent.Refused : RecordingConsent.Given);
        // The answer is kept before the caller joins: joining may ring a counselor at once, and the ring reads it.
        if (session is { Consent: null })
        {
            session = await ChangeAsync(session, current => current with { Consent = consent }, [new CallEvent($"{call.CallSid}:consent",
                CallEventTypes.RecordingConsent, call.CallSid, now, new Dictionary<string, string> { ["consent"] = consent, ["language"] = language })]);
        }
        var joined = (await queue.JoinAsync(new QueueJoinRequest(call.CallSid, language, Priority: 0, HoldRejoin.Tags(menu, session), now), CancellationToken.None)).Outcome;
        if (session is not null && joined is (QueueJoinOutcome.Joined or QueueJoinOutcome.AlreadyQueued))
        {
            await ChangeAsync(session, current => current with { Queued = true, QueuedAt = joined is QueueJoinOutcome.Joined ? now : current.QueuedAt }, []);
        }
        if (joined == QueueJoinOutcome.Full)
        {
            return new TwiMLResult(queueTwiml.Full(context, menu, snapshot.Hours, language));
        }
        var response = new VoiceResponse();
        if (consent == RecordingConsent.Refused)
        {
            var spokenIn = InstitutionLineFlow.IsOnLine(session) ? InstitutionLineFlow.StaffLanguage : language;
            twiml.Speak(response, PromptKeys.RecordingRefused, spokenIn, menu, snapshot.Hours);
        }
        response = queueTwiml.EnqueueAfter(response, context, menu, snapshot.Hours, language);
        return new TwiMLResult(response);
    }

    // A lost race with another write of the session is tried again on the session that won; returns the session written.
    private async Task<CallSession?> ChangeAsync(CallSession session, Func<CallSession, CallSession> change, CallEvent[] events)
    {
        CallSession? current = session;
        for (var attempt = 0; attempt < 3 && current is not null; attempt++)
        {
            var next = change(current);
            var (applied, won) = await sessions.UpdateAsync(current, next, events);
            if (applied)
            {
                return next;
            }
            current = won;
        }
        return current;
    }
}
