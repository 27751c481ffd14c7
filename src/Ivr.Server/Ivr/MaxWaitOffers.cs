using Ivr.Server.Configuration;
using Ivr.Server.Hours;
using Ivr.Server.Menus;
using Ivr.Server.Prompts;
using Ivr.Server.Queueing;
using Ivr.Server.Telephony;
using Twilio.TwiML;

namespace Ivr.Server.Ivr;

/// <summary>
/// The maximum wait on hold (docs/ivr.md, "Maximum wait"): once a caller waited their language's maximum wait (its
/// <see cref="WaitingPolicy"/>, as operations staff set it), every hold announcement also offers the outcome they chose,
/// in the caller's language: key 2 a callback, key 3 a message, key 4 another language. Nobody is taken out of line: a
/// caller who keys nothing keeps waiting, and hears the offer again at the next announcement.
/// </summary>
public sealed class MaxWaitOffers(WaitingPolicies policies, ICallerQueue queue, ICallbackLine line, IvrTwiml twiml)
{
    /// <summary>The language's policy when its maximum wait has passed for this caller (and the menu has the key it names).</summary>
    public WaitingPolicy? Due(MenuDefinition menu, IvrSnapshot snapshot, string language, QueueStatus? status) =>
        status is not null && policies.For(snapshot, language) is { MaxWait: { } after } policy && status.Waited >= after && HasKey(menu, policy.MaxWaitOffer)
            ? policy
            : null;

    /// <summary>What the hold loop says for the offer now due; null while none is.</summary>
    public PromptRef? Prompt(MenuDefinition menu, IvrSnapshot snapshot, string language, QueueStatus? status) =>
        Due(menu, snapshot, language, status) switch
        {
            null => null,
            { MaxWaitOffer: MaxWaitOffer.Callback } => PromptKeys.MaxWaitCallback,
            { MaxWaitOffer: MaxWaitOffer.Message } => PromptKeys.MaxWaitMessage,
            var policy => Named(PromptKeys.MaxWaitLanguage, snapshot.Hours, policy.OverflowLanguage!, language),
        };

    /// <summary>Hold key 4: the caller consents to the other language and keeps their place; without the offer, back to hold.</summary>
    public async Task<VoiceResponse> AcceptOverflowAsync(HttpContext context, TwilioVoiceRequest call, string language, MenuDefinition menu, IvrSnapshot snapshot)
    {
        var standing = await queue.GetStandingAsync(call.CallSid, context.RequestAborted);
        if (Due(menu, snapshot, language, standing.Status) is not { OverflowTo: { } to } ||
            !await queue.AcceptOverflowAsync(call.CallSid, context.RequestAborted))
        {
            return new VoiceResponse();
        }
        var accepted = new VoiceResponse();
        twiml.Speak(accepted, Named(PromptKeys.OverflowAccepted, snapshot.Hours, to, language), language, menu, snapshot.Hours);
        return accepted;
    }

    // Offered only when the menu has the key's action (key 3, a message, is the messages feature's: HoldFlow, MessageFlow),
    // and a callback only when the center can dial one.
    private bool HasKey(MenuDefinition menu, MaxWaitOffer offer) => (offer != MaxWaitOffer.Callback || line.CanCallBack) &&
        menu.HoldOptions.Values.Contains(offer switch
        {
            MaxWaitOffer.Callback => MenuActions.Callback,
            MaxWaitOffer.Message => MenuActions.Message,
            _ => MenuActions.Overflow,
        });

    // The other language named in the caller's own ("tiếng Anh" to a Vietnamese caller), else by its own name.
    private static PromptRef Named(string key, HoursDirectory hours, string other, string spokenIn) =>
        new(key, new Dictionary<string, string> { ["language"] = LanguageNames.NameOf(other, spokenIn) ?? hours.Find(other)?.NativeName ?? other });
}
