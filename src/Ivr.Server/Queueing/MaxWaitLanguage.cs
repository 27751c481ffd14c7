using Ivr.Server.Configuration;

namespace Ivr.Server.Queueing;

/// <summary>One language's maximum wait: after <see cref="After"/> on hold (zero: never) the caller is offered <see cref="Offer"/>.</summary>
public sealed class MaxWaitLanguage
{
    public TimeSpan After { get; set; }

    public MaxWaitOffer Offer { get; set; } = MaxWaitOffer.Callback;

    /// <summary>For <see cref="MaxWaitOffer.Language"/>: the language whose counselors may take consenting callers.</summary>
    public string? OverflowLanguage { get; set; }
}
