using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Parties;
using Ivr.PhoneSim.Tests.Infrastructure;
using Twilio.Clients;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace Ivr.PhoneSim.Tests.Rest;

/// <summary>Calls create to numbers that answer, are busy, never answer or are voicemail boxes, with answering machine detection as Twilio documents it.</summary>
public sealed class OutboundCallTests
{
    private const string Callee = "+821055501234";
    private SimHarness harness = null!;
    private TwilioRestClient client = null!;
    private HttpClient http = null!;

    [SetUp]
    public async Task SetUp()
    {
        harness = await SimHarness.StartAsync();
        (client, http) = harness.Host.CreateTwilioClient();
        harness.App.Twiml("/callback", "<Response><Gather action=\"/pressed\" numDigits=\"1\" timeout=\"5\"><Say>1345 is calling you back. Press 1.</Say></Gather><Hangup/></Response>");
        harness.App.Twiml("/pressed", "<Response><Hangup/></Response>");
        harness.App.Twiml("/call-status", "<Response/>");
        harness.App.Twiml("/amd", "<Response/>");
    }

    [TearDown]
    public async Task TearDown()
    {
        http.Dispose();
        await harness.DisposeAsync();
    }

    private async Task<SimCall> DialAsync(int timeout = 30, string? machineDetection = null, bool asyncAmd = false)
    {
        var created = await CallResource.CreateAsync(new PhoneNumber(Callee), new PhoneNumber("+821345"), url: harness.App.Url("/callback"),
            statusCallback: harness.App.Url("/call-status"), timeout: timeout, machineDetection: machineDetection,
            asyncAmd: asyncAmd ? "true" : null, asyncAmdStatusCallback: asyncAmd ? harness.App.Url("/amd") : null, client: client);
        var call = await SimHarness.EndedAsync(harness.Sim.Calls.Find(created.Sid)!);
        await SimHarness.UntilAsync(() => harness.App.To("/call-status").Count == 1);
        return call;
    }

    [Test]
    public async Task Create_BusyNumber_EndsBusyWithoutRequestingTheUrl()
    {
        harness.Sim.Parties.Register(Callee, CalledParty.Busy());
        var call = await DialAsync();
        var fetched = await CallResource.FetchAsync(call.Sid, client: client);
        Assert.Multiple(() =>
        {
            Assert.That(fetched.Status, Is.EqualTo(CallResource.StatusEnum.Busy));
            Assert.That(harness.App.To("/call-status").Single()["CallStatus"], Is.EqualTo("busy"));
            Assert.That(harness.App.To("/callback"), Is.Empty);
        });
    }

    [Test]
    public async Task Create_NobodyAnswers_NoAnswerAfterTheTimeout()
    {
        harness.Sim.Parties.Register(Callee, CalledParty.NeverAnswers());
        var call = await DialAsync(timeout: 12);
        Assert.Multiple(() =>
        {
            Assert.That(call.Status, Is.EqualTo(CallStatuses.NoAnswer));
            Assert.That((call.EndTime!.Value - call.DateCreated).TotalSeconds, Is.GreaterThan(10), "rings out its Timeout (virtual time runs 200x: timers may be a few real ms off, so a loose lower bound)");
            Assert.That(harness.App.To("/callback"), Is.Empty);
        });
    }

    [Test]
    public async Task Create_VoicemailRingsLongerThanTimeout_NoAnswer()
    {
        harness.Sim.Parties.Register(Callee, new AnsweringMachine(TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(60)));
        var call = await DialAsync(timeout: 15);
        Assert.That(call.Status, Is.EqualTo(CallStatuses.NoAnswer));
    }

    [Test]
    public async Task Create_HumanAnswersWithMachineDetection_UrlGetsHumanAndKeyConnects()
    {
        harness.Sim.Parties.Register(Callee, CalledParty.Answers("1"));
        var call = await DialAsync(machineDetection: "Enable");
        var first = harness.App.To("/callback").Single();
        Assert.Multiple(() =>
        {
            Assert.That(first["AnsweredBy"], Is.EqualTo("human"));
            Assert.That(first["MachineDetectionDuration"], Is.Not.Empty);
            Assert.That(harness.App.To("/pressed").Single()["Digits"], Is.EqualTo("1"));
            Assert.That(harness.App.To("/call-status").Single()["AnsweredBy"], Is.EqualTo("human"));
            Assert.That(call.Status, Is.EqualTo(CallStatuses.Completed));
        });
    }

    [Test]
    public async Task Create_VoicemailWithMachineDetection_MachineStartAndNoKeyPressed()
    {
        harness.Sim.Parties.Register(Callee, CalledParty.Voicemail());
        var call = await DialAsync(machineDetection: "Enable");
        var fetched = await CallResource.FetchAsync(call.Sid, client: client);
        Assert.Multiple(() =>
        {
            Assert.That(harness.App.To("/callback").Single()["AnsweredBy"], Is.EqualTo("machine_start"));
            Assert.That(harness.App.To("/pressed"), Is.Empty, "a voicemail box presses no key");
            Assert.That(harness.App.To("/call-status").Single()["AnsweredBy"], Is.EqualTo("machine_start"));
            Assert.That(fetched.AnsweredBy, Is.EqualTo("machine_start"));
            Assert.That(call.Status, Is.EqualTo(CallStatuses.Completed));
        });
    }

    [Test]
    public async Task Create_VoicemailWithDetectMessageEnd_AnswerAfterTheGreeting()
    {
        harness.Sim.Parties.Register(Callee, new AnsweringMachine(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(9), TimeSpan.FromSeconds(60)));
        await DialAsync(machineDetection: "DetectMessageEnd");
        var first = harness.App.To("/callback").Single();
        Assert.Multiple(() =>
        {
            Assert.That(first["AnsweredBy"], Is.EqualTo("machine_end_beep"));
            Assert.That(first["MachineDetectionDuration"], Is.EqualTo("9000"));
        });
    }

    [Test]
    public async Task Create_AsyncAmd_TwimlRunsAtOnceAndVerdictGoesToTheCallback()
    {
        harness.Sim.Parties.Register(Callee, CalledParty.Voicemail());
        var call = await DialAsync(machineDetection: "Enable", asyncAmd: true);
        await SimHarness.UntilAsync(() => harness.App.To("/amd").Count == 1);
        var verdict = harness.App.To("/amd").Single();
        Assert.Multiple(() =>
        {
            Assert.That(harness.App.To("/callback").Single().Parameters.ContainsKey("AnsweredBy"), Is.False);
            Assert.That(verdict["AnsweredBy"], Is.EqualTo("machine_start"));
            Assert.That(verdict["CallSid"], Is.EqualTo(call.Sid));
            Assert.That(verdict.SignatureValid, Is.True);
        });
    }
}
