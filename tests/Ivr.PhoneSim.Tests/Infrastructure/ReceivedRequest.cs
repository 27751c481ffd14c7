namespace Ivr.PhoneSim.Tests.Infrastructure;

public sealed record ReceivedRequest(string Path, string Method, IReadOnlyDictionary<string, string> Parameters, bool SignatureValid)
{
    public string this[string key] => Parameters.TryGetValue(key, out var value) ? value : "";
}
