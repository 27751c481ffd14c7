using System.Net;
using Ivr.Server.Tests.Infrastructure;

namespace Ivr.Server.Tests.CallControl;

/// <summary>The three leg status routes read their callbacks one way (LegCallback): the same 400s for the same faults.</summary>
public sealed class LegCallbackTests
{
    private const string Leg = "CA00000000000000000000000000000009";

    private IvrServerFactory factory = null!;

    [OneTimeSetUp]
    public async Task StartServer() => factory = await new TwilioMock().StartServerAsync();

    [OneTimeTearDown]
    public async Task StopServer() => await factory.DisposeAsync();

    [TestCase("counselor")]
    [TestCase("consult")]
    [TestCase("party")]
    public async Task Status_MissingSequenceNumber_Answers400NamingWhatIsRequired(string leg)
    {
        var response = await PostAsync(leg, new() { ["CallSid"] = Leg, ["CallStatus"] = "ringing" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("CallStatus and SequenceNumber are required."));
    }

    [TestCase("counselor")]
    [TestCase("consult")]
    [TestCase("party")]
    public async Task Status_MalformedCallSid_Answers400WithTheFormsReason(string leg)
    {
        var response = await PostAsync(leg, new() { ["CallSid"] = "not-a-sid", ["CallStatus"] = "ringing", ["SequenceNumber"] = "1" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("CallSid is malformed."));
    }

    [TestCase("counselor")]
    [TestCase("consult")]
    [TestCase("party")]
    public async Task Status_ForAReservationNobodyKnows_Answers204(string leg)
    {
        var response = await PostAsync(leg, new() { ["CallSid"] = Leg, ["CallStatus"] = "ringing", ["SequenceNumber"] = "1" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
    }

    private Task<HttpResponseMessage> PostAsync(string leg, Dictionary<string, string> form) =>
        factory.CreateClient().SendAsync(TwilioSigner.SignedPost($"http://localhost/twilio/voice/{leg}/res-unknown-{leg}/status", form));
}
