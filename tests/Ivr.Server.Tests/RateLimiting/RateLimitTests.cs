using System.Net;
using System.Net.Http.Json;
using Ivr.Server.Tests.Infrastructure;

namespace Ivr.Server.Tests.RateLimiting;

/// <summary>Per-address limits: sign-in and refresh, and refused (never signed) webhooks; 429 once used up.</summary>
public sealed class RateLimitTests
{
    private const string IncomingUrl = "http://localhost/twilio/voice/incoming";

    private IvrServerFactory factory = null!;

    [SetUp]
    public async Task StartServer() => factory = await IvrServerFactory.StartAsync(new Dictionary<string, string?>
    {
        ["RateLimits:SignInPermitLimit"] = "3",
        ["RateLimits:SignInWindow"] = "01:00:00",
        ["RateLimits:TwilioRefusalPermitLimit"] = "2",
        ["RateLimits:TwilioRefusalWindow"] = "01:00:00",
    });

    [TearDown]
    public async Task StopServer() => await factory.DisposeAsync();

    [Test]
    public async Task Login_MoreAttemptsThanTheLimit_Answers429()
    {
        var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            statuses.Add((await client.PostAsJsonAsync("/account/login", new { email = "nobody@example.org", password = "wrong-password-1" })).StatusCode);
        }

        Assert.That(statuses.Take(3), Is.All.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(statuses[3], Is.EqualTo(HttpStatusCode.TooManyRequests));
    }

    [Test]
    public async Task Refresh_MoreAttemptsThanTheLimit_Answers429()
    {
        var client = factory.CreateClient();
        var last = HttpStatusCode.OK;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            last = (await client.PostAsJsonAsync("/account/refresh", new { refreshToken = "forged" })).StatusCode;
        }

        Assert.That(last, Is.EqualTo(HttpStatusCode.TooManyRequests));
    }

    [Test]
    public async Task Twilio_UnsignedBeyondTheLimit_Answers429_SignedIsNeverLimited()
    {
        var client = factory.CreateClient();
        var call = new Dictionary<string, string>
        {
            ["AccountSid"] = IvrServerFactory.AccountSid, ["CallSid"] = "CA0123456789abcdef0123456789abcdef",
            ["From"] = "+821012345678", ["To"] = "+821345", ["CallStatus"] = "ringing", ["Direction"] = "inbound",
        };
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            statuses.Add((await client.PostAsync(IncomingUrl, new FormUrlEncodedContent(call))).StatusCode);
        }
        var signed = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            signed.Add((await client.SendAsync(TwilioSigner.SignedPost(IncomingUrl, call))).StatusCode);
        }

        Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.TooManyRequests }));
        Assert.That(signed, Is.All.EqualTo(HttpStatusCode.OK));
    }
}
