using Ivr.PhoneSim.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace Ivr.PhoneSim.Tests.Rest;

/// <summary>The Messages resource with the Twilio C# library as the server uses it: created queued, then sent and delivered with status callbacks, received by the virtual phone; Twilio's refusals.</summary>
public sealed class MessagesApiTests
{
    private SimHarness harness = null!;
    private TwilioRestClient client = null!;
    private HttpClient libraryHttp = null!;

    [SetUp]
    public async Task SetUp()
    {
        harness = await SimHarness.StartAsync();
        (client, libraryHttp) = harness.Host.CreateTwilioClient();
        harness.App.Handle("/sms-status", _ => Task.FromResult(Results.NoContent()));
    }

    [TearDown]
    public async Task TearDown()
    {
        libraryHttp.Dispose();
        await harness.DisposeAsync();
    }

    [Test]
    public async Task Create_IsQueued_ThenSentAndDeliveredWithCallbacks_AndTheVirtualPhoneHasIt()
    {
        var created = await MessageResource.CreateAsync(to: new PhoneNumber("+821012345678"), from: new PhoneNumber("+8221345000"),
            body: "Buổi tư vấn luật sư của bạn", statusCallback: harness.App.Url("/sms-status"), client: client);

        Assert.That(created.Status, Is.EqualTo(MessageResource.StatusEnum.Queued));
        Assert.That(created.Sid, Does.StartWith("SM").And.Length.EqualTo(34));
        Assert.That(created.NumSegments, Is.EqualTo("1"));
        await SimHarness.UntilAsync(() => harness.App.To("/sms-status").Count == 2);
        var callbacks = harness.App.To("/sms-status");
        Assert.That(callbacks.Select(callback => callback["MessageStatus"]), Is.EqualTo(new[] { "sent", "delivered" }), "no callback for the initial status");
        Assert.That(callbacks.Select(callback => callback["MessageSid"]), Is.All.EqualTo(created.Sid));
        Assert.That(callbacks.Select(callback => callback.SignatureValid), Is.All.True, "signed as every webhook");
        Assert.That(callbacks[0]["To"], Is.EqualTo("+821012345678"));
        var inbox = harness.Sim.Messages.Inbox("+821012345678");
        Assert.That(inbox.Select(message => (message.From, message.Body)), Is.EqualTo(new[] { ("+8221345000", "Buổi tư vấn luật sư của bạn") }));
        var fetched = await MessageResource.FetchAsync(created.Sid, client: client);
        Assert.That(fetched.Status, Is.EqualTo(MessageResource.StatusEnum.Delivered));
        Assert.That((await MessageResource.ReadAsync(to: new PhoneNumber("+821012345678"), client: client)).Select(message => message.Sid), Is.EqualTo(new[] { created.Sid }));
    }

    [Test]
    public async Task Segments_CountedAsACarrierDoes()
    {
        var gsm = await MessageResource.CreateAsync(to: new PhoneNumber("+821012345678"), from: new PhoneNumber("+8221345000"), body: new string('a', 161), client: client);
        var unicode = await MessageResource.CreateAsync(to: new PhoneNumber("+821012345678"), from: new PhoneNumber("+8221345000"), body: new string('한', 71), client: client);

        Assert.That((gsm.NumSegments, unicode.NumSegments), Is.EqualTo(("2", "2")));
    }

    [TestCase(null, "+8221345000", "body", 21604)]
    [TestCase("010-1234-5678", "+8221345000", "body", 21211)]
    [TestCase("+821012345678", null, "body", 21603)]
    [TestCase("+821012345678", "+8221345000", null, 21602)]
    public void Create_Refused_AsTwilioRefuses(string? to, string? from, string? body, int code)
    {
        using var http = new HttpClient();
        var form = new Dictionary<string, string>();
        if (to is not null) form["To"] = to;
        if (from is not null) form["From"] = from;
        if (body is not null) form["Body"] = body;
        var exception = Assert.ThrowsAsync<ApiException>(() => client.RequestAsync(new global::Twilio.Http.Request(global::Twilio.Http.HttpMethod.Post,
            global::Twilio.Rest.Domain.Api, $"/2010-04-01/Accounts/{harness.AccountSid}/Messages.json", postParams: [.. form])));

        Assert.That((exception!.Code, exception.Status), Is.EqualTo((code, 400)));
        Assert.That(harness.Sim.Messages.All, Is.Empty);
    }
}
