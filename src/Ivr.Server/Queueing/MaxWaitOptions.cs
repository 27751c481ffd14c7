using Ivr.Server.Configuration;

namespace Ivr.Server.Queueing;

/// <summary>
/// The <c>MaxWait</c> section: per language (code → setting), after how long on hold the caller is offered a way out
/// and which one. A language not listed has no maximum wait. The ACD's own <c>MaxWait</c> stays unset: nobody is taken
/// out of line; a caller who does not take the offer keeps waiting.
/// </summary>
public sealed class MaxWaitOptions
{
    public const string Section = "MaxWait";

    public static readonly TimeSpan Longest = TimeSpan.FromHours(2);

    public Dictionary<string, MaxWaitLanguage> Languages { get; set; } = [];

    /// <summary>The language's setting when it has a maximum wait; null when it has none.</summary>
    public MaxWaitLanguage? For(string language) =>
        Languages.GetValueOrDefault(language) is { } setting && setting.After > TimeSpan.Zero ? setting : null;

    /// <summary>The language consenting callers overflow to, when its offer is another language.</summary>
    public string? OverflowFor(string language) =>
        For(language) is { Offer: MaxWaitOffer.Language, OverflowLanguage: { } to } ? to : null;
}
