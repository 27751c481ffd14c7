using System.Globalization;
using Ivr.Acd.Events;
using Ivr.Server.Configuration;
using Ivr.Server.Hours;
using Ivr.Server.Institutions;
using Ivr.Server.Menus;
using Ivr.Server.Prompts;
using Ivr.Server.Queueing;
using Ivr.Server.Telephony;
using Microsoft.Extensions.Options;
using Twilio.TwiML;
using TwilioMethod = Twilio.Http.HttpMethod;

namespace Ivr.Server.Ivr;

/// <summary>
/// The institution line (<c>Institutions:LineNumbers</c>): a partner institution calls for an interpreter now. It is
/// identified by its calling number (the directory), else asked for its code; its staff then choose the language to
/// interpret by its number and star, in Korean; the call joins that language's queue with the interpretation tag
/// (its priority class) and <c>call.institution</c> names the institution on the record and the counselor's screen pop.
/// As the menu: an emergency closure is announced and the call ends; a language outside its hours is said so, with its
/// next opening, and another can be chosen; a language whose calls are recorded asks the consent question first (all
/// in Korean, the staff's language).
/// </summary>
public sealed class InstitutionLineFlow(
    ConfigurationCache configuration, CallSessionStore sessions, IvrTwiml twiml, QueueTwiml queueTwiml, PromptSpeaker speaker,
    InstitutionDirectory directory, IOptions<InstitutionLineOptions> options, ICallerQueue queue, RecordingConsentFlow consent, TimeProvider clock)
{
    public const string LanguageNode = "institution-line";
    public const string CodeNode = "institution-line-code";
    public const string WelcomePrompt = "institution-line-welcome";
    public const string CodePrompt = "institution-line-code";

    /// <summary>The staff's language: the line's prompts are in Korean.</summary>
    public const string StaffLanguage = "ko";
    private const int MaxRetries = 2;

    public bool Serves(TwilioVoiceRequest call) => options.Value.Serves(call.To);

    /// <summary>Whether a call's session is on the institution line (its prompts are in Korean).</summary>
    public static bool IsOnLine(CallSession? session) => session?.Path.Contains(LanguageNode) == true;

    public async Task<TwiMLResult> IncomingAsync(HttpContext context, TwilioVoiceRequest call)
    {
        var snapshot = await configuration.GetAsync(context.RequestAborted);
        var institution = await directory.FindByNumberAsync(call.From, context.RequestAborted);
        // Asked for a code only when the number is not in the directory and some institution has one.
        var node = institution is null && (await directory.AllAsync(context.RequestAborted)).Any(i => i.Code is not null) ? CodeNode : LanguageNode;
        var session = new CallSession(call.CallSid, snapshot.ActiveVersion, node, 0, null, [node], Step: 1, Queued: false,
            HoldTags: [options.Value.Tag], Institution: institution?.Id);
        var arrived = new CallEvent($"{call.CallSid}:arrived", CallEventTypes.CallArrived, call.CallSid, clock.GetUtcNow(), new Dictionary<string, string>
        {
            ["from"] = call.From ?? "", ["to"] = call.To ?? "", ["menuVersion"] = snapshot.ActiveVersion.ToString(CultureInfo.InvariantCulture),
        });
        if (snapshot.Hours.Closure.Active)
        {
            var closed = new CallEvent($"{call.CallSid}:closed", CallEventTypes.Closed, call.CallSid, clock.GetUtcNow(),
                new Dictionary<string, string> { ["language"] = StaffLanguage });
            await sessions.CreateAsync(session, [arrived, closed]);
            return new TwiMLResult(twiml.Closed(snapshot.ActiveMenu, snapshot.Hours, new ClosedStep(StaffLanguage, snapshot.Hours.Closure.Message)));
        }
        var (stored, _) = await sessions.CreateAsync(session, [arrived]);
        return new TwiMLResult(Current(context, snapshot, stored));
    }

    public async Task<TwiMLResult> StepAsync(HttpContext context, TwilioVoiceRequest call, int step)
    {
        var snapshot = await configuration.GetAsync(context.RequestAborted);
        if (await sessions.GetAsync(call.CallSid) is not { } session)
        {
            return await IncomingAsync(context, call);
        }
        if (step != session.Step || session.Queued)
        {
            return new TwiMLResult(Current(context, snapshot, session));
        }
        var keys = (call.Digits ?? "").TrimEnd('*');
        var now = clock.GetUtcNow();
        var menuStep = new CallEvent($"{call.CallSid}:{step + 1}:0", CallEventTypes.MenuStep, call.CallSid, now,
            new Dictionary<string, string> { ["node"] = session.Node, ["digits"] = keys });
        if (session.Node == CodeNode)
        {
            var institution = keys.Length == 0 ? null : await directory.FindByCodeAsync(keys, context.RequestAborted);
            var next = institution is null && keys.Length > 0 && session.Retries < MaxRetries
                ? session with { Step = step + 1, Retries = session.Retries + 1 }
                : session with { Node = LanguageNode, Path = [.. session.Path, LanguageNode], Step = step + 1, Retries = 0, Institution = institution?.Id };
            return await MoveAsync(context, snapshot, session, next, [menuStep]);
        }
        if (snapshot.Hours.Enabled.FirstOrDefault(line => line.MenuNumber.ToString(CultureInfo.InvariantCulture) == keys) is not { } language)
        {
            if (session.Retries >= MaxRetries)
            {
                return new TwiMLResult(twiml.Goodbye(snapshot.ActiveMenu, snapshot.Hours, StaffLanguage));
            }
            return await MoveAsync(context, snapshot, session, session with { Step = step + 1, Retries = session.Retries + 1 }, [menuStep]);
        }
        if (!snapshot.Hours.IsOpen(language.Code, now))
        {
            return await ClosedLanguageAsync(context, snapshot, session, language, menuStep, now);
        }
        var asking = consent.Asks(snapshot, session, language.Code);
        var joined = asking ? (QueueJoinOutcome?)null
            : (await queue.JoinAsync(new QueueJoinRequest(call.CallSid, language.Code, Priority: 0, [options.Value.Tag], now), CancellationToken.None)).Outcome;
        var queued = session with
        {
            Language = language.Code, Step = step + 1, Retries = 0,
            Queued = joined is QueueJoinOutcome.Joined or QueueJoinOutcome.AlreadyQueued, QueuedAt = joined is QueueJoinOutcome.Joined ? now : session.QueuedAt,
        };
        CallEvent[] events =
        [
            menuStep,
            new($"{call.CallSid}:{step + 1}:1", CallEventTypes.LanguageChosen, call.CallSid, now, new Dictionary<string, string> { ["language"] = language.Code }),
            new($"{call.CallSid}:institution", CallEventTypes.InstitutionIdentified, call.CallSid, now, new Dictionary<string, string>
            {
                ["institution"] = session.Institution ?? "",
                ["by"] = session.Institution is null ? "none" : session.Path.Contains(CodeNode) ? "code" : "number",
            }),
        ];
        var (applied, current) = await sessions.UpdateAsync(session, queued, events);
        if (!applied)
        {
            return current is null ? await IncomingAsync(context, call) : new TwiMLResult(Current(context, snapshot, current));
        }
        if (asking)
        {
            // The answer joins the queue with the session's tags (RecordingConsentFlow.AnswerAsync).
            return new TwiMLResult(consent.Ask(context, snapshot.ActiveMenu, snapshot.Hours, language.Code, spokenIn: StaffLanguage));
        }
        return new TwiMLResult(joined == QueueJoinOutcome.Full
            ? queueTwiml.Full(context, snapshot.ActiveMenu, snapshot.Hours, language.Code)
            : queueTwiml.Enqueue(context, snapshot.ActiveMenu, snapshot.Hours, language.Code));
    }

    /// <summary>"Vietnamese is closed now; it opens on Monday at 09:00", in Korean, then the choice again (twice at most).</summary>
    private async Task<TwiMLResult> ClosedLanguageAsync(HttpContext context, IvrSnapshot snapshot, CallSession session, LanguageLine language, CallEvent menuStep, DateTimeOffset now)
    {
        var (menu, hours) = (snapshot.ActiveMenu, snapshot.Hours);
        var afterHours = new CallEvent($"{session.CallSid}:{session.Step + 1}:1", CallEventTypes.AfterHours, session.CallSid, now,
            new Dictionary<string, string> { ["language"] = language.Code });
        var next = session with { Step = session.Step + 1, Retries = session.Retries + 1 };
        var (applied, current) = await sessions.UpdateAsync(session, next, [menuStep, afterHours]);
        if (!applied)
        {
            return new TwiMLResult(Current(context, snapshot, current ?? next));
        }
        var response = new VoiceResponse();
        var opening = hours.NextOpening(language.Code, now);
        speaker.Speak(response, new PromptRef(hours.HolidayAt(now) is null ? PromptKeys.AfterHours : PromptKeys.HolidayClosed, new Dictionary<string, string>
        {
            ["language"] = LanguageNames.NameOf(language.Code, StaffLanguage) ?? language.NativeName,
            ["day"] = opening is { } day ? PromptSpeaker.DayName(day.DayOfWeek, StaffLanguage) : "-",
            ["time"] = opening?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "-",
        }), StaffLanguage, menu, hours);
        if (session.Retries >= MaxRetries)
        {
            speaker.Speak(response, PromptKeys.Goodbye, StaffLanguage, menu, hours);
            return new TwiMLResult(response.Hangup());
        }
        return new TwiMLResult(response.Append(Gather(context, snapshot, next)));
    }

    private async Task<TwiMLResult> MoveAsync(HttpContext context, IvrSnapshot snapshot, CallSession from, CallSession to, CallEvent[] events)
    {
        var (applied, current) = await sessions.UpdateAsync(from, to, events);
        return new TwiMLResult(Current(context, snapshot, applied ? to : current ?? to));
    }

    /// <summary>Where the call is: in the queue (again, for a retried webhook), or asked for its code or language.</summary>
    private VoiceResponse Current(HttpContext context, IvrSnapshot snapshot, CallSession session)
    {
        var (menu, hours) = (snapshot.ActiveMenu, snapshot.Hours);
        if (session.Queued && session.Language is { } language)
        {
            return queueTwiml.Enqueue(context, menu, hours, language);
        }
        if (session.Language is { } asked && consent.Asks(snapshot, session, asked))
        {
            return consent.Ask(context, menu, hours, asked, spokenIn: StaffLanguage); // the consent question, for a retried webhook
        }
        return new VoiceResponse().Append(Gather(context, snapshot, session));
    }

    private Twilio.TwiML.Voice.Gather Gather(HttpContext context, IvrSnapshot snapshot, CallSession session)
    {
        var (menu, hours) = (snapshot.ActiveMenu, snapshot.Hours);
        var gather = new Twilio.TwiML.Voice.Gather(
            input: [Twilio.TwiML.Voice.Gather.InputEnum.Dtmf],
            action: twiml.Link(context, VoiceRoutes.InstitutionLine, new { step = session.Step }),
            method: TwilioMethod.Post,
            timeout: 10,
            finishOnKey: "*",
            actionOnEmptyResult: true);
        if (session.Node == CodeNode)
        {
            speaker.Speak(gather, CodePrompt, StaffLanguage, menu, hours);
        }
        else
        {
            speaker.Speak(gather, WelcomePrompt, StaffLanguage, menu, hours);
            // Each language named in Korean with its number: "베트남어 상담은 3번과 별표를 눌러 주십시오."
            foreach (var line in hours.Enabled.Where(line => line.Code != StaffLanguage))
            {
                speaker.Speak(gather, PromptSpeaker.Named(PromptSpeaker.LanguageOffer(line), PromptKeys.LanguageOfferNamed, line, StaffLanguage),
                    StaffLanguage, menu, hours);
            }
        }
        return gather;
    }
}
