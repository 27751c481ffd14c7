using Ivr.Server.Menus;

namespace Ivr.Server.Configuration;

/// <summary>
/// A language's waiting policy (docs/ivr.md, "Callbacks" and "Maximum wait"): hold key 2 offers a callback while the
/// caller's expected wait is above <see cref="CallbackOfferAbove"/> (null: never by the expected wait; zero: always);
/// once the caller waited <see cref="MaxWait"/> (null: no maximum wait) every hold announcement offers
/// <see cref="MaxWaitOffer"/>. Operations staff set it per language (<c>PUT /api/ivr/waiting/{code}</c>); a language
/// they never saved keeps the configuration's defaults (<c>Callbacks:OfferAbove*</c>, <c>MaxWait:Languages</c>).
/// </summary>
public sealed record WaitingPolicy(TimeSpan? CallbackOfferAbove, TimeSpan? MaxWait, MaxWaitOffer MaxWaitOffer, string? OverflowLanguage)
{
    /// <summary>The longest threshold and the longest maximum wait.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromHours(2);

    /// <summary>The language consenting callers overflow to, when the maximum wait offers another language.</summary>
    public string? OverflowTo => MaxWait is not null && MaxWaitOffer == MaxWaitOffer.Language ? OverflowLanguage : null;

    /// <summary>The hold action (<see cref="MenuActions"/>) the maximum wait's offer needs a key for; null without a maximum wait.</summary>
    public string? HoldActionNeeded => MaxWait is null ? null : MaxWaitOffer switch
    {
        MaxWaitOffer.Message => MenuActions.Message,
        MaxWaitOffer.Language => MenuActions.Overflow,
        _ => MenuActions.Callback,
    };
}
