using Ivr.Acd.Events;
using Ivr.Server.Configuration;
using Ivr.Server.Menus;
using Ivr.Server.Queueing;
using Ivr.Server.Telephony;
using Twilio.TwiML;

namespace Ivr.Server.Ivr;

/// <summary>
/// A call through the menu: opens the session on arrival (offering a caller their remembered language first), applies
/// each key press with the interpreter, remembers the language a caller chooses, and answers a retried or out-of-order
/// webhook with the caller's current place rather than a second step.
/// </summary>
public sealed class MenuFlow(
    ConfigurationCache configuration,
    CallSessionStore sessions,
    IvrTwiml twiml,
    QueueTwiml queueTwiml,
    StepRenderer renderer,
    RememberedLanguageStore remembered,
    RememberedLanguageOffer offer,
    TimeProvider clock,
    ICallerQueue queue,
    RecordingConsentFlow consent,
    InstitutionLineFlow institutionLine)
{
    public async Task<TwiMLResult> IncomingAsync(HttpContext context, TwilioVoiceRequest call)
    {
        if (institutionLine.Serves(call))
        {
            return await institutionLine.IncomingAsync(context, call);
        }
        var snapshot = await configuration.GetAsync(context.RequestAborted);
        var now = clock.GetUtcNow();
        var start = MenuInterpreter.Start(snapshot.ActiveMenu, snapshot.Hours, now);
        var offered = start.Step is GatherStep
            ? await remembered.RecallAsync(call.From, snapshot.RememberedLanguage, snapshot.Hours, context.RequestAborted)
            : null;
        var session = new CallSession(call.CallSid, snapshot.ActiveVersion, start.Position.Node, 0, null, [start.Position.Node], Step: 1, Queued: false, Offered: offered);
        var arrived = new CallEvent($"{call.CallSid}:arrived", CallEventTypes.CallArrived, call.CallSid, now, new Dictionary<string, string>
        {
            ["from"] = call.From ?? "",
            ["to"] = call.To ?? "",
            ["menuVersion"] = snapshot.ActiveVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        CallEvent[] events = [arrived, .. Events(call.CallSid, 1, start.Happenings, now)];
        // A new call's first answer does not depend on the write (a Twilio retry comes before the caller could move on,
        // so it gets the same first node), so it does not wait for it. Without Redis, create and wait, to fall back.
        if (!sessions.CreateBehind(session, events))
        {
            var (stored, created) = await sessions.CreateAsync(session, events);
            if (!created)
            {
                return await CurrentAsync(context, stored);
            }
        }
        // Every new call on this snapshot gets the same first document (per remembered language): render it once.
        var body = snapshot.Rendered.GetOrAdd((context.Request.PathBase.Value ?? "") + (offered is null ? "" : "\n" + offered),
            _ => System.Text.Encoding.UTF8.GetBytes((offered is null
                ? Render(context, snapshot.ActiveMenu, snapshot, start, null, session.Step)
                : offer.Render(context, snapshot.ActiveMenu, snapshot.Hours, offered, session.Step)).ToString()));
        return TwiMLResult.FromUtf8(body);
    }

    public async Task<TwiMLResult> StepAsync(HttpContext context, TwilioVoiceRequest call, int step)
    {
        var snapshot = await configuration.GetAsync(context.RequestAborted);
        var session = await sessions.GetAsync(call.CallSid);
        if (session is null)
        {
            return await RecoverAsync(context, call);
        }
        if (step != session.Step)
        {
            return await CurrentAsync(context, session);
        }
        var menu = await configuration.GetMenuAsync(session.MenuVersion, context.RequestAborted) ?? snapshot.ActiveMenu;
        var now = clock.GetUtcNow();
        var (transition, answer) = session.Offered is { } offered
            ? await offer.AnswerAsync(call, offered, session.Position, menu, snapshot.Hours, now)
            : (MenuInterpreter.Next(menu, snapshot.Hours, session.Position, call.PressedKeys, now), (RememberedLanguageAnswer?)null);
        // A language whose calls are recorded asks first; the answer joins the queue (RecordingConsentFlow).
        var asking = transition.Step is QueueStep toQueue && consent.Asks(snapshot, session, toQueue.Language) ? toQueue.Language : null;
        QueueJoinOutcome? joined = transition.Step is QueueStep queue && asking is null ? await JoinAsync(call.CallSid, queue, now) : null;
        var next = session.Advance(transition.Position, queued: joined is QueueJoinOutcome.Joined or QueueJoinOutcome.AlreadyQueued);
        next = joined is QueueJoinOutcome.Joined ? next with { QueuedAt = now } : next;
        var (applied, current) = await sessions.UpdateAsync(session, next, Events(call.CallSid, next.Step, transition.Happenings, now));
        if (!applied)
        {
            return current is null ? await RecoverAsync(context, call) : await CurrentAsync(context, current);
        }
        if (transition.Happenings.FirstOrDefault(happening => happening.Type == CallEventTypes.LanguageChosen) is { } chosen)
        {
            await remembered.RememberAsync(call.From, chosen.Fields["language"], snapshot.RememberedLanguage);
        }
        if (asking is not null)
        {
            return new TwiMLResult(consent.Ask(context, menu, snapshot.Hours, asking));
        }
        return new TwiMLResult(answer is RememberedLanguageAnswer.OptedOut && transition.Step is GatherStep greeting
            ? offer.AfterOptOut(context, menu, snapshot.Hours, greeting, session.Offered!, next.Step)
            : Render(context, menu, snapshot, transition, joined, next.Step));
    }

    /// <summary>A step for a call we have no session for (expired, or Redis lost it): start the menu again.</summary>
    private async Task<TwiMLResult> RecoverAsync(HttpContext context, TwilioVoiceRequest call) => await IncomingAsync(context, call);

    /// <summary>Where the caller is now, for a retried webhook: the queue again (idempotent), or the current node.</summary>
    private async Task<TwiMLResult> CurrentAsync(HttpContext context, CallSession session)
    {
        var snapshot = await configuration.GetAsync(context.RequestAborted);
        var menu = await configuration.GetMenuAsync(session.MenuVersion, context.RequestAborted) ?? snapshot.ActiveMenu;
        if (session.Queued && session.Language is { } language)
        {
            return new TwiMLResult(queueTwiml.Enqueue(context, menu, snapshot.Hours, language));
        }
        if (session.Offered is { } offered)
        {
            return new TwiMLResult(offer.Render(context, menu, snapshot.Hours, offered, session.Step));
        }
        var node = menu.Find(session.Node) ?? menu.Find(menu.StartNode)!;
        return new TwiMLResult(twiml.Gather(context, menu, snapshot.Hours, new GatherStep(node, session.Language, []), session.Step));
    }

    private async Task<QueueJoinOutcome> JoinAsync(string callSid, QueueStep step, DateTimeOffset now)
    {
        var result = await queue.JoinAsync(new QueueJoinRequest(callSid, step.Language, Priority: 0, step.Tags, now), CancellationToken.None);
        return result.Outcome;
    }

    private VoiceResponse Render(HttpContext context, MenuDefinition menu, IvrSnapshot snapshot, MenuTransition transition, QueueJoinOutcome? joined, int nextStep) =>
        renderer.Render(context, menu, snapshot, transition.Step, joined, nextStep);

    private static IEnumerable<CallEvent> Events(string callSid, int step, IReadOnlyList<MenuHappening> happenings, DateTimeOffset now) =>
        happenings.Select((happening, index) => new CallEvent($"{callSid}:{step}:{index}", happening.Type, callSid, now, happening.Fields));
}
