using System.Net;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ivr.Server.Tests.Telephony;

public sealed class ValidateTwilioRequestFilterTests
{
    private const string IncomingUrl = "http://localhost/twilio/voice/incoming";

    private static readonly Dictionary<string, string> Call = new()
    {
        ["AccountSid"] = IvrServerFactory.AccountSid,
        ["CallSid"] = "CA0123456789abcdef0123456789abcdef",
        ["From"] = "+821012345678",
        ["To"] = "+821345",
        ["CallStatus"] = "ringing",
        ["Direction"] = "inbound",
    };

    private readonly CapturedLogs logs = new();
    private IvrServerFactory factory = null!;

    [OneTimeSetUp]
    public async Task StartServer() => factory = await IvrServerFactory.StartAsync(
        replaceServices: services => services.AddSingleton<ILoggerProvider>(logs));

    [OneTimeTearDown]
    public async Task StopServer() => await factory.DisposeAsync();

    [Test]
    public async Task Incoming_SignedAsTwilioSigns_AnswersTwiML()
    {
        var response = await factory.CreateClient().SendAsync(TwilioSigner.SignedPost(IncomingUrl, Call));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/xml"));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("<Response>"));
    }

    [Test]
    public async Task Incoming_TamperedParameter_Answers403()
    {
        var request = TwilioSigner.SignedPost(IncomingUrl, Call);
        request.Content = new FormUrlEncodedContent(new Dictionary<string, string>(Call) { ["From"] = "+821099999999" });

        var response = await factory.CreateClient().SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Incoming_SignedWithAnotherToken_Answers403()
    {
        var response = await factory.CreateClient().SendAsync(TwilioSigner.SignedPost(IncomingUrl, Call, authToken: "forged"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Incoming_SignedForAnotherUrl_Answers403()
    {
        var request = TwilioSigner.SignedPost("http://localhost/twilio/voice/status", Call);
        request.RequestUri = new Uri(IncomingUrl);

        var response = await factory.CreateClient().SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Incoming_ForgedSignature_IsLoggedWithTheComputedUrlButNeverTheToken()
    {
        var request = TwilioSigner.SignedPost(IncomingUrl + "?forged=1", Call, authToken: "forged");

        var response = await factory.CreateClient().SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(logs.Messages, Has.Some.Contains("signature refused").And.Contains(IncomingUrl + "?forged=1"));
        Assert.That(logs.Messages, Has.None.Contains(IvrServerFactory.AuthToken));
    }
}
