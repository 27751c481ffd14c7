using Ivr.Server.Configuration;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Queueing;

/// <summary>
/// The waiting policy in force for a language (docs/ivr.md, "Waiting per language"): what operations staff saved, in
/// the configuration snapshot every instance reloads on a change; for a language they never saved, the configuration's
/// defaults (<c>Callbacks:OfferAbove</c>, <c>Callbacks:OfferAboveByLanguage</c>, <c>MaxWait:Languages</c>). A menu
/// must offer the hold key each language's maximum wait offers (<see cref="IHoldKeyNeeds"/>).
/// </summary>
public sealed class WaitingPolicies(IOptions<CallbackOptions> callbacks, IOptions<MaxWaitOptions> maxWait) : IHoldKeyNeeds
{
    public WaitingPolicy For(IvrSnapshot snapshot, string language) =>
        snapshot.WaitingPolicies.GetValueOrDefault(language) ?? Default(language);

    /// <summary>The configuration's policy for the language, until operations staff save their own.</summary>
    public WaitingPolicy Default(string language) => maxWait.Value.For(language) is { } setting
        ? new WaitingPolicy(callbacks.Value.OfferAboveFor(language), setting.After, setting.Offer, setting.OverflowLanguage)
        : new WaitingPolicy(callbacks.Value.OfferAboveFor(language), null, MaxWaitOffer.Callback, null);

    public IEnumerable<HoldKeyNeed> NeedsOf(IvrSnapshot snapshot) =>
        from language in snapshot.Hours.Languages
        let action = For(snapshot, language.Code).HoldActionNeeded
        where action is not null
        select new HoldKeyNeed(language.Code, action);
}
