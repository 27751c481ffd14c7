namespace Ivr.PhoneSim.Calls;

/// <summary>Where a call's next TwiML comes from: a URL to fetch (with extra parameters) or an inline document.</summary>
public sealed record Instruction(Uri? Url, string Method, string? Twiml, IReadOnlyDictionary<string, string>? Parameters = null)
{
    public static Instruction Fetch(Uri url, string? method = null, IReadOnlyDictionary<string, string>? parameters = null) =>
        new(url, string.IsNullOrEmpty(method) ? "POST" : method.ToUpperInvariant(), null, parameters);

    public static Instruction Inline(string twiml, Uri? baseUrl = null) => new(baseUrl, "POST", twiml);
}
