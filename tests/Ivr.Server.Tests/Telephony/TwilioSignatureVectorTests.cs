using System.Text;
using Ivr.Server.Telephony;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Ivr.Server.Tests.Telephony;

/// <summary>Twilio's published signature vectors (twilio-facts.md 1.5) through our validator, as requests would arrive.</summary>
public sealed class TwilioSignatureVectorTests
{
    private const string Token = "12345";
    private const string JsonBody = """{"property": "value", "boolean": true}""";
    private const string JsonHash = "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620";

    private static readonly Dictionary<string, string> DocsParams = new()
    {
        ["Digits"] = "1234", ["To"] = "+18005551212", ["From"] = "+14158675310", ["Caller"] = "+14158675310", ["CallSid"] = "CA1234567890ABCDE",
    };

    private static readonly Dictionary<string, string> LibraryParams = new()
    {
        ["CallSid"] = "CA1234567890ABCDE", ["From"] = "+14158675309", ["Digits"] = "1234", ["To"] = "+18005551212", ["Caller"] = "+14158675309",
    };

    [TestCase("https://example.com/myapp.php?foo=1&bar=2", "L/OH5YylLD5NRKLltdqwSvS0BnU=", true)]
    [TestCase("https://example.com/myapp.php?foo=1&bar=2", "NOTL/OH5YylLD5NRKLltdqwSvS0BnU=", false)]
    public async Task IsValid_TwilioDocsExample_MatchesThePublishedSignature(string url, string signature, bool valid) =>
        Assert.That(await Validate(url, signature, DocsParams), Is.EqualTo(valid));

    [TestCase("https://mycompany.com/myapp.php?foo=1&bar=2", "RSOYDt4T1cUTdK1PDd93/VVr8B8=", true)]
    [TestCase("https://mycompany.com/myapp.php?foo=1&bar=2", "kvajT1Ptam85bY51eRf/AJRuM3w=", true)]
    [TestCase("https://MyCompany.com/myapp.php?foo=1&bar=2", "g9IN/x4Cft2g517EjYvEvM/W7LU=", true)]
    [TestCase("https://MyCompany.com/myapp.php?foo=1&bar=2", "RSOYDt4T1cUTdK1PDd93/VVr8B8=", false)]
    [TestCase("http://MyCompany.com/myapp.php?foo=1&bar=2", "RSOYDt4T1cUTdK1PDd93/VVr8B8=", false)]
    public async Task IsValid_TwilioCSharpLibraryVectors_AgreeWithTheLibraryTests(string url, string signature, bool valid) =>
        Assert.That(await Validate(url, signature, LibraryParams), Is.EqualTo(valid));

    [TestCase("https://mycompany.com/myapp.php?foo=1&bar=2&bodySHA256=" + JsonHash, "a9nBmqA0ju/hNViExpshrM61xv4=", JsonBody, true)]
    [TestCase("https://mycompany.com/myapp.php?bodySHA256=" + JsonHash, "y77kIzt2vzLz71DgmJGsen2scGs=", JsonBody, true)]
    [TestCase("https://mycompany.com/myapp.php?bodySHA256=" + JsonHash, "y77kIzt2vzLz71DgmJGsen2scGs=", """{"property": "tampered"}""", false)]
    [TestCase("https://mycompany.com/myapp.php?foo=1&bar=2", "a9nBmqA0ju/hNViExpshrM61xv4=", JsonBody, false)]
    public async Task IsValid_JsonBody_ChecksTheBodySha256Parameter(string url, string signature, string body, bool valid) =>
        Assert.That(await ValidateJson(url, signature, body), Is.EqualTo(valid));

    [Test]
    public async Task IsValid_BaseUrlOverride_ValidatesAgainstThePublicUrl()
    {
        var context = Request("http://10.0.0.5:8080/myapp.php?foo=1&bar=2", "RSOYDt4T1cUTdK1PDd93/VVr8B8=");
        context.Request.ContentType = "application/x-www-form-urlencoded";
        context.Request.Form = new FormCollection(LibraryParams.ToDictionary(pair => pair.Key, pair => new StringValues(pair.Value)));

        Assert.That(await Validator("https://mycompany.com").IsValidAsync(context.Request, CancellationToken.None), Is.True);
        Assert.That(await Validator(null).IsValidAsync(context.Request, CancellationToken.None), Is.False);
    }

    private static async Task<bool> Validate(string url, string signature, Dictionary<string, string> form)
    {
        var context = Request(url, signature);
        context.Request.ContentType = "application/x-www-form-urlencoded";
        context.Request.Form = new FormCollection(form.ToDictionary(pair => pair.Key, pair => new StringValues(pair.Value)));
        return await Validator(null).IsValidAsync(context.Request, CancellationToken.None);
    }

    private static async Task<bool> ValidateJson(string url, string signature, string body)
    {
        var context = Request(url, signature);
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        return await Validator(null).IsValidAsync(context.Request, CancellationToken.None);
    }

    private static DefaultHttpContext Request(string url, string signature)
    {
        var uri = new Uri(url);
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.Scheme = uri.Scheme;
        context.Request.Host = new HostString(url.Split('/')[2]);
        context.Request.Path = uri.AbsolutePath;
        context.Request.QueryString = new QueryString(uri.Query);
        context.Request.Headers[TwilioRequestValidator.SignatureHeader] = signature;
        return context;
    }

    private static TwilioRequestValidator Validator(string? baseUrlOverride) =>
        new(new FixedOptions(new TwilioOptions { AuthToken = Token, RequestValidation = { BaseUrlOverride = baseUrlOverride } }));

    private sealed class FixedOptions(TwilioOptions value) : IOptionsMonitor<TwilioOptions>
    {
        public TwilioOptions CurrentValue => value;

        public TwilioOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<TwilioOptions, string?> listener) => null;
    }
}
