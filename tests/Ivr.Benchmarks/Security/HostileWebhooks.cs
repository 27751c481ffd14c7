using System.Net.Http.Headers;
using System.Text;
using Ivr.PhoneSim.Twilio;

namespace Ivr.Benchmarks.Security;

/// <summary>
/// The kinds of webhook an attacker (or a broken proxy) sends to /twilio, each built fresh per request: forged,
/// tampered, replayed elsewhere, malformed, oversized and of the wrong content type. Every one must be refused with a
/// 4xx; <see cref="Genuine"/> is a new call signed exactly as Twilio signs it, which must be answered 200.
/// </summary>
public sealed class HostileWebhooks(Uri server, string authToken)
{
    private const string Incoming = "/twilio/voice/incoming";

    public IReadOnlyList<(string Kind, Func<HttpRequestMessage> Build)> Kinds =>
    [
        ("unsigned", () => Post(Incoming, NewCall())),
        ("signature of random bytes", () => Post(Incoming, NewCall(), Convert.ToBase64String(Guid.NewGuid().ToByteArray()))),
        ("signature not base64", () => Post(Incoming, NewCall(), "%%not-base64%%")),
        ("signed with another token", () => Signed(Incoming, NewCall(), token: "another-account-token")),
        ("tampered after signing", () => Tampered()),
        ("replayed on another route", () => Signed("/twilio/voice/status", NewCall(), signedPath: Incoming)),
        ("signed, CallSid missing", () => Signed(Incoming, Without(NewCall(), "CallSid"))),
        ("signed, CallSid of 7,000 characters", () => Signed(Incoming, With(NewCall(), "CallSid", "CA" + new string('f', 7000)))),
        ("signed, 100 KB form", () => Signed(Incoming, With(NewCall(), "Padding", new string('x', 100_000)))),
        ("signed, 3,000 parameters", () => Signed(Incoming, Many(NewCall(), 3000))),
        ("JSON body", () => Body(Incoming, "application/json", """{"CallSid":"CA1"}""")),
        ("JSON with bodySHA256 of another body", () => Body(Incoming + "?bodySHA256=" + TwilioSignature.BodyHash("{}"), "application/json", """{"CallSid":"CA1"}""")),
        ("forged, bodySHA256 without a value", () => Post(Incoming + "?bodySHA256", NewCall(), Convert.ToBase64String(Guid.NewGuid().ToByteArray()))),
        ("multipart body", () => Multipart()),
        ("text body", () => Body(Incoming, "text/plain", "CallSid=CA1")),
        ("form of invalid UTF-8", () => Body(Incoming, "application/x-www-form-urlencoded", "CallSid=%FF%FE%FD&From=%C0%80")),
        ("GET on a webhook", () => new HttpRequestMessage(HttpMethod.Get, new Uri(server, Incoming))),
        ("unknown webhook route", () => Signed("/twilio/voice/nothing-here", NewCall())),
    ];

    public HttpRequestMessage Genuine() => Signed(Incoming, NewCall());

    private static Dictionary<string, string> NewCall() => new(StringComparer.Ordinal)
    {
        ["AccountSid"] = "AC0123456789abcdef0123456789abcdef",
        ["ApiVersion"] = "2010-04-01",
        ["CallSid"] = "CA" + Guid.NewGuid().ToString("N"),
        ["CallStatus"] = "ringing",
        ["Direction"] = "inbound",
        ["From"] = "+821012345678",
        ["To"] = "+821345",
    };

    private HttpRequestMessage Tampered()
    {
        var form = NewCall();
        var request = Signed(Incoming, form);
        request.Content = new FormUrlEncodedContent(With(form, "From", "+821099999999"));
        return request;
    }

    private HttpRequestMessage Signed(string path, Dictionary<string, string> form, string? token = null, string? signedPath = null) =>
        Post(path, form, TwilioSignature.Compute(token ?? authToken, new Uri(server, signedPath ?? path).ToString(), form));

    private HttpRequestMessage Post(string path, Dictionary<string, string> form, string? signature = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server, path)) { Content = new FormUrlEncodedContent(form) };
        if (signature is not null)
        {
            request.Headers.Add(TwilioSignature.HeaderName, signature);
        }
        return request;
    }

    private HttpRequestMessage Body(string path, string contentType, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server, path)) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add(TwilioSignature.HeaderName, TwilioSignature.Compute(authToken, new Uri(server, path).ToString(), null));
        return request;
    }

    private HttpRequestMessage Multipart()
    {
        var content = new MultipartFormDataContent();
        foreach (var (key, value) in NewCall())
        {
            content.Add(new StringContent(value), key);
        }
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server, Incoming)) { Content = content };
        request.Headers.Add(TwilioSignature.HeaderName, TwilioSignature.Compute(authToken, new Uri(server, Incoming).ToString(), NewCall()));
        return request;
    }

    private static Dictionary<string, string> With(Dictionary<string, string> form, string key, string value) => new(form, StringComparer.Ordinal) { [key] = value };

    private static Dictionary<string, string> Without(Dictionary<string, string> form, string key)
    {
        var copy = new Dictionary<string, string>(form, StringComparer.Ordinal);
        copy.Remove(key);
        return copy;
    }

    private static Dictionary<string, string> Many(Dictionary<string, string> form, int count)
    {
        var copy = new Dictionary<string, string>(form, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            copy["P" + i] = "v";
        }
        return copy;
    }
}
