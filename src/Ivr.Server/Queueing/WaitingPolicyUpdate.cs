using Ivr.Server.Configuration;
using Ivr.Server.Menus;

namespace Ivr.Server.Queueing;

/// <summary>
/// A language's waiting policy as operations staff send it (<c>PUT /api/ivr/waiting/{code}</c>): durations as
/// <c>hh:mm:ss</c>, null for off; the outcome <c>callback</c>, <c>message</c> or <c>language</c>.
/// </summary>
/// <param name="CallbackOfferAbove">Hold key 2 offers a callback while the expected wait is above this (0 to 2 h; 0: always); null: never.</param>
/// <param name="MaxWait">After this on hold (above 0, at most 2 h) the caller is offered <paramref name="MaxWaitOutcome"/>; null: no maximum wait.</param>
/// <param name="MaxWaitOutcome">callback, message or language; needed with a maximum wait.</param>
/// <param name="OverflowLanguage">For the outcome language: another configured language.</param>
public sealed record WaitingPolicyUpdate(TimeSpan? CallbackOfferAbove, TimeSpan? MaxWait, string? MaxWaitOutcome, string? OverflowLanguage)
{
    /// <summary>The policy, when <see cref="Problems"/> found none.</summary>
    public WaitingPolicy ToPolicy() =>
        new(CallbackOfferAbove, MaxWait, MaxWait is null ? MaxWaitOffer.Callback : Outcome()!.Value, MaxWait is null ? null : OverflowLanguage);

    /// <summary>What is wrong, by field (empty when nothing is), for <paramref name="language"/> under the configuration now in force.</summary>
    public Dictionary<string, string[]> Problems(string language, IvrSnapshot snapshot)
    {
        var problems = new Dictionary<string, string[]>();
        if (CallbackOfferAbove is { } threshold && (threshold < TimeSpan.Zero || threshold > WaitingPolicy.Longest))
        {
            problems["callbackOfferAbove"] = ["The callback offer threshold must be between 00:00:00 (always) and 02:00:00, or null (off)."];
        }
        if (MaxWait is not { } maxWait)
        {
            return problems;
        }
        if (maxWait <= TimeSpan.Zero || maxWait > WaitingPolicy.Longest)
        {
            problems["maxWait"] = ["The maximum wait must be above 00:00:00 and at most 02:00:00, or null (off)."];
        }
        var menu = snapshot.ActiveMenu.HoldOptions.Values;
        switch (Outcome())
        {
            case null:
                problems["maxWaitOutcome"] = ["The outcome must be callback, message or language."];
                break;
            case MaxWaitOffer.Callback when CallbackOfferAbove is null || !menu.Contains(MenuActions.Callback):
                problems["maxWaitOutcome"] = ["A callback can be the outcome only while callbacks are on for the language (a callback offer threshold, and a callback key in the active menu's hold options)."];
                break;
            case MaxWaitOffer.Message when !menu.Contains(MenuActions.Message):
                problems["maxWaitOutcome"] = ["A message can be the outcome only while messages are on (a message key in the active menu's hold options)."];
                break;
            case MaxWaitOffer.Language when !menu.Contains(MenuActions.Overflow):
                problems["maxWaitOutcome"] = ["Another language can be the outcome only while the active menu's hold options have the overflow key."];
                break;
        }
        if (Outcome() == MaxWaitOffer.Language)
        {
            if (OverflowLanguage == language || snapshot.Hours.Find(OverflowLanguage ?? "") is null)
            {
                problems["overflowLanguage"] = ["The overflow language must be another configured language."];
            }
        }
        else if (OverflowLanguage is not null)
        {
            problems["overflowLanguage"] = ["An overflow language is only for the outcome language."];
        }
        return problems;
    }

    private MaxWaitOffer? Outcome() => MaxWaitOutcome switch
    {
        "callback" => MaxWaitOffer.Callback,
        "message" => MaxWaitOffer.Message,
        "language" => MaxWaitOffer.Language,
        _ => null,
    };
}
