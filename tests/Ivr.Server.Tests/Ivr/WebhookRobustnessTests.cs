using System.Net;
using System.Security.Cryptography;
using System.Text;
using Ivr.Acd.Events;
using Ivr.Server.Tests.Infrastructure;
using static Ivr.Server.Tests.Ivr.IvrTestServer;

namespace Ivr.Server.Tests.Ivr;

/// <summary>Forged, tampered, malformed and replayed webhooks: 403, 400, and no second session or queue entry; never a 5xx.</summary>
public sealed class WebhookRobustnessTests
{
    private const string Incoming = "/twilio/voice/incoming";
    private IvrTestServer server = null!;

    [OneTimeSetUp]
    public async Task Start() => server = await IvrTestServer.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await server.DisposeAsync();

    [TestCase(Incoming)]
    [TestCase("/twilio/voice/menu?step=1")]
    [TestCase("/twilio/voice/hold?language=ko")]
    [TestCase("/twilio/voice/status")]
    public async Task Webhook_MissingSignature_Answers403(string path)
    {
        var response = await server.Client.PostAsync(path, new FormUrlEncodedContent(Call(NewCallSid())));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Webhook_ForgedAndTamperedSignatures_Answer403()
    {
        var form = Call(NewCallSid(), ("Digits", "1"));
        var forged = TwilioSigner.SignedPost("http://localhost/twilio/voice/menu?step=1", form, authToken: "not-the-token");
        var tampered = TwilioSigner.SignedPost("http://localhost/twilio/voice/menu?step=1", form);
        tampered.Content = new FormUrlEncodedContent(new Dictionary<string, string>(form) { ["Digits"] = "0" });
        var otherStep = TwilioSigner.SignedPost("http://localhost/twilio/voice/menu?step=1", form);
        otherStep.RequestUri = new Uri("http://localhost/twilio/voice/menu?step=2");

        foreach (var request in new[] { forged, tampered, otherStep })
        {
            Assert.That((await server.Client.SendAsync(request)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), request.RequestUri!.ToString());
        }
    }

    [TestCase(Incoming, "CallSid", "")]
    [TestCase(Incoming, "CallSid", "not-a-call")]
    [TestCase("/twilio/voice/menu?step=1", "Digits", "1<script>")]
    [TestCase("/twilio/voice/status", "CallDuration", "ten")]
    [TestCase("/twilio/voice/hold?language=ko", "QueuePosition", "-1")]
    public async Task Webhook_SignedButMalformedParameter_Answers400WithoutAStackTrace(string path, string name, string value)
    {
        var form = Call(NewCallSid());
        form[name] = value;

        var response = await server.PostAsync(path, form);

        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), body);
        Assert.That(body, Does.Contain(name).And.Not.Contain("   at "));
    }

    [TestCase("/twilio/voice/menu")]
    [TestCase("/twilio/voice/menu?step=abc")]
    [TestCase("/twilio/voice/hold")]
    [TestCase("/twilio/voice/hold?language=../../etc")]
    public async Task Webhook_MalformedQuery_Answers400(string path) =>
        Assert.That((await server.PostAsync(path, Call(NewCallSid()))).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));

    [Test]
    public async Task Webhook_SignedJsonBody_Answers415BeforeTheSignatureCheck()
    {
        const string body = """{"CallSid":"CA1234567890ABCDE"}""";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
        var url = $"http://localhost{Incoming}?bodySHA256={hash}";
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Twilio-Signature", TwilioSigner.Sign(IvrServerFactory.AuthToken, url, []));

        Assert.That((await server.Client.SendAsync(request)).StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
    }

    [TestCase("application/json", """{"a":1}""")]
    [TestCase("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--x--\r\n")]
    [TestCase("text/plain", "CallSid=CA1")]
    public async Task Webhook_BodyOtherThanAForm_Answers415(string contentType, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Incoming) { Content = new StringContent(body) };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add("X-Twilio-Signature", "anything");

        Assert.That((await server.Client.SendAsync(request)).StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
    }

    [Test]
    public async Task Webhook_FormOver64KB_Answers413()
    {
        var form = Call(NewCallSid(), ("Padding", new string('x', 70_000)));

        var response = await server.PostAsync(Incoming, form);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
    }

    [TestCase("application/json")]
    [TestCase("application/x-www-form-urlencoded")]
    public async Task Webhook_BodySha256WithoutAValue_IsRefusedWithout500(string contentType)
    {
        var url = $"http://localhost{Incoming}?bodySHA256";
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(contentType.EndsWith("json") ? "{}" : "CallSid=CA1") };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        request.Headers.Add("X-Twilio-Signature", TwilioSigner.Sign(IvrServerFactory.AuthToken, url, []));

        var response = await server.Client.SendAsync(request);

        Assert.That((int)response.StatusCode, Is.InRange(400, 499));
    }

    [Test]
    public async Task Incoming_BehindAProxy_ValidatesAgainstTheForwardedPublicUrl()
    {
        var form = Call(NewCallSid());
        var request = TwilioSigner.SignedPost("https://ivr.example.org/twilio/voice/incoming", form);
        request.RequestUri = new Uri("http://localhost/twilio/voice/incoming");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "ivr.example.org");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        var direct = TwilioSigner.SignedPost("https://ivr.example.org/twilio/voice/incoming", form);
        direct.RequestUri = new Uri("http://localhost/twilio/voice/incoming");

        var response = await server.Client.SendAsync(request);
        var withoutHeaders = await server.Client.SendAsync(direct);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(withoutHeaders.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Incoming_RetriedByTwilio_OpensOneSession()
    {
        var callSid = NewCallSid();

        var first = await server.TwimlAsync(Incoming, Call(callSid));
        var retry = await server.TwimlAsync(Incoming, Call(callSid));

        Assert.That(retry.ToString(), Is.EqualTo(first.ToString()));
        Assert.That((await server.EventsAsync(callSid)).Count(e => e.Type == CallEventTypes.CallArrived), Is.EqualTo(1));
    }

    [Test]
    public async Task Menu_LanguageChoiceReplayed_QueuesOnceAndAnswersTheSame()
    {
        var callSid = NewCallSid();
        var menu = await server.TwimlAsync(Incoming, Call(callSid));

        var first = await server.PressAsync(menu, callSid, "4*");
        var replay = await server.PressAsync(menu, callSid, "4*");

        Assert.That(replay.Descendants("Enqueue").Single().Value, Is.EqualTo("vi"));
        Assert.That(server.Queue.Waiting.Count(entry => entry.CallSid == callSid), Is.EqualTo(1));
        Assert.That((await server.EventsAsync(callSid)).Count(e => e.Type == CallEventTypes.LanguageChosen), Is.EqualTo(1));
        Assert.That(first.Descendants("Enqueue").Single().Value, Is.EqualTo("vi"));
    }

    [Test]
    public async Task Menu_UnknownCallSid_ReplaysTheMenuInsteadOfFailing()
    {
        var twiml = await server.TwimlAsync("/twilio/voice/menu?step=7", Call(NewCallSid(), ("Digits", "1")));

        Assert.That(GatherAction(twiml), Is.EqualTo("/twilio/voice/menu?step=1"));
        Assert.That(Said(twiml)[0].Language, Is.EqualTo("ko-KR"));
    }
}
