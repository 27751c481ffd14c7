using Ivr.PhoneSim.Twilio;

namespace Ivr.PhoneSim.Tests.Twilio;

/// <summary>Published vectors (twilio-facts.md 1.5): Twilio's docs worked example and twilio-csharp's RequestValidatorTest.</summary>
public sealed class TwilioSignatureTests
{
    private static readonly Dictionary<string, string> DocsParameters = new()
    {
        ["Digits"] = "1234",
        ["To"] = "+18005551212",
        ["From"] = "+14158675310",
        ["Caller"] = "+14158675310",
        ["CallSid"] = "CA1234567890ABCDE",
    };

    private static readonly Dictionary<string, string> CsharpParameters = new()
    {
        ["CallSid"] = "CA1234567890ABCDE",
        ["From"] = "+14158675309",
        ["Digits"] = "1234",
        ["To"] = "+18005551212",
        ["Caller"] = "+14158675309",
    };

    [Test]
    public void Compute_DocsWorkedExample_MatchesPublishedSignature() =>
        Assert.That(TwilioSignature.Compute("12345", "https://example.com/myapp.php?foo=1&bar=2", DocsParameters), Is.EqualTo("L/OH5YylLD5NRKLltdqwSvS0BnU="));

    [Test]
    public void Compute_OlderDocsExample_MatchesPublishedSignature()
    {
        var parameters = new Dictionary<string, string>
        {
            ["CallSid"] = "CA1234567890ABCDE",
            ["Caller"] = "+12349013030",
            ["Digits"] = "1234",
            ["From"] = "+12349013030",
            ["To"] = "+18005551212",
        };
        Assert.That(TwilioSignature.Compute("12345", "https://mycompany.com/myapp.php?foo=1&bar=2", parameters), Is.EqualTo("0/KCTR6DLpKmkAf8muzZqo1nDgQ="));
    }

    [TestCase("https://mycompany.com/myapp.php?foo=1&bar=2", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")]
    [TestCase("https://mycompany.com:443/myapp.php?foo=1&bar=2", "kvajT1Ptam85bY51eRf/AJRuM3w=")]
    [TestCase("https://mycompany.com:1234/myapp.php?foo=1&bar=2", "CYn1h0gLBdNxDGkKJg6hYohgeD8=")]
    [TestCase("http://mycompany.com:1234/myapp.php?foo=1&bar=2", "Zmvh+3yNM1Phv2jhDCwEM3q5ebU=")]
    [TestCase("http://mycompany.com:80/myapp.php?foo=1&bar=2", "0ZXoZLH/DfblKGATFgpif+LLRf4=")]
    [TestCase("https://MyCompany.com/myapp.php?foo=1&bar=2", "g9IN/x4Cft2g517EjYvEvM/W7LU=")]
    [TestCase("https://MyCompany.com:1234/myapp.php?foo=1&bar=2", "PCqOZm8cnu/L6+u5i5fuEd+Iac4=")]
    [TestCase("http://MyCompany.com/myapp.php?foo=1&bar=2", "XY7AlKOKL6im4yWyX84gldUrtis=")]
    [TestCase("http://username:password@MyCompany.com/myapp.php?foo=1&bar=2", "PJ08CxXr7KLPjEQCTc8LkUSMwSM=")]
    [TestCase("HTTP://username:password@MyCompany.com/myapp.php?foo=1&bar=2", "hy/l8pca+LFms4cvRdv8uiP6NGc=")]
    [TestCase("http://Username:Password@MyCompany.com/myapp.php?foo=1&bar=2", "SkTSKyDJH9kUlhItI0slbgZ1UsI=")]
    public void Compute_TwilioCsharpVectors_MatchPublishedSignature(string url, string expected) =>
        Assert.That(TwilioSignature.Compute("12345", url, CsharpParameters), Is.EqualTo(expected));

    [Test]
    public void Compute_HostCaseChanged_DoesNotMatchLowerCaseSignature() =>
        Assert.That(TwilioSignature.Compute("12345", "https://MyCompany.com/myapp.php?foo=1&bar=2", CsharpParameters), Is.Not.EqualTo("RSOYDt4T1cUTdK1PDd93/VVr8B8="));

    [Test]
    public void Compute_JsonBodyUrl_MatchesPublishedSignature()
    {
        var hash = TwilioSignature.BodyHash("{\"property\": \"value\", \"boolean\": true}");
        Assert.Multiple(() =>
        {
            Assert.That(hash, Is.EqualTo("0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620"));
            Assert.That(TwilioSignature.Compute("12345", $"https://mycompany.com/myapp.php?foo=1&bar=2&bodySHA256={hash}", null), Is.EqualTo("a9nBmqA0ju/hNViExpshrM61xv4="));
        });
    }

    [Test]
    public void Compute_AgreesWithTwilioRequestValidator()
    {
        var signature = TwilioSignature.Compute("secret", "http://127.0.0.1:5000/twilio/voice/incoming", DocsParameters);
        Assert.That(new global::Twilio.Security.RequestValidator("secret").Validate("http://127.0.0.1:5000/twilio/voice/incoming", DocsParameters, signature), Is.True);
    }
}
