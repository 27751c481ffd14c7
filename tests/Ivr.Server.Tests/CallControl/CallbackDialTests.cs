using System.Net;
using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using Ivr.Server.CallControl;
using Ivr.Server.Queueing;
using Ivr.Server.Staffing;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Twilio.Exceptions;
using Twilio.Http;
using static Ivr.Server.Tests.CallControl.TwilioMatchDispatcherTests;

namespace Ivr.Server.Tests.CallControl;

/// <summary>
/// What the server asks Twilio for a callback: the counselor is rung first; once they answer, the caller's number is
/// dialled from the center's number with answering-machine detection and our status callback; and the on-call audit
/// checks a connected callback against the dialled call.
/// </summary>
public sealed class CallbackDialTests
{
    private const string Caller = "CA-caller-1";
    private const string Leg = "CA00000000000000000000000000000001";
    private const string Dialled = "CA00000000000000000000000000000002";
    private const string CenterNumber = "+8221234567";
    private static readonly string CallbackId = AcdEngine.CallbackIdFor(Caller);

    private TwilioMock twilio = null!;
    private IvrServerFactory factory = null!;
    private AcdEngine engine = null!;
    private string reservation = "";
    private Func<Request, Response> callAnswer = _ => TwilioMock.Call(Dialled);

    [SetUp]
    public async Task CounselorRungForACallback()
    {
        twilio = new TwilioMock().Answering(request =>
            request.ConstructUrl().AbsolutePath.EndsWith("Participants.json", StringComparison.Ordinal) ? TwilioMock.Participant(Leg) : callAnswer(request));
        factory = await twilio.StartServerAsync(new Dictionary<string, string?>
        {
            ["CallControl:CenterNumber"] = CenterNumber,
            ["CallControl:AuditInterval"] = "01:00:00",
            ["Acd:CallbackDialTimeout"] = "00:00:10",
        });
        engine = factory.Services.GetRequiredService<AcdEngine>();
        await engine.UpsertCounselorAsync(StaffingService.ToProfile(new Counselor { Id = "c1", DisplayName = "c1", Skills = [new CounselorSkill { Language = "vi", Level = 5 }] }));
        var queue = factory.Services.GetRequiredService<ICallerQueue>();
        await queue.JoinAsync(Join(Caller, "vi"), CancellationToken.None);
        Assert.That(await queue.RequestCallbackAsync(Caller, "+821012345678", null, CancellationToken.None), Is.EqualTo(CallbackRequestOutcome.Booked));
        var signedIn = await engine.SignInAsync("c1");
        await factory.Services.GetRequiredService<IMatchDispatcher>().DispatchAsync(signedIn.Matches, CancellationToken.None);
        reservation = (await engine.GetCounselorAsync("c1"))!.ReservationId!;
        twilio.Requests.Clear();
    }

    [TearDown]
    public async Task StopServer() => await factory.DisposeAsync();

    [Test]
    public async Task CounselorAnswers_TheCallerIsDialledFromTheCenterNumber()
    {
        Assert.That((await LegStatusAsync("in-progress")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        var create = twilio.Requests.Single();
        var form = create.PostParams.GroupBy(pair => pair.Key).ToDictionary(group => group.Key, group => group.First().Value);
        Assert.That(create.ConstructUrl().AbsolutePath, Does.EndWith("/Calls.json"));
        Assert.That((form["To"], form["From"], form["Timeout"], form["MachineDetection"]), Is.EqualTo(("+821012345678", CenterNumber, "30", "Enable")));
        Assert.That(form["Url"], Is.EqualTo($"http://localhost/twilio/voice/callback/{reservation}/answer"));
        Assert.That(form["StatusCallback"], Is.EqualTo($"http://localhost/twilio/voice/callback/{reservation}/status"));
        Assert.That((await engine.GetCallbackAsync(CallbackId))!.State, Is.EqualTo(CallbackState.Dialling));
    }

    [Test]
    public async Task CounselorAnswersTwice_TheCallerIsDialledOnce()
    {
        await LegStatusAsync("in-progress");
        await LegStatusAsync("in-progress");

        Assert.That(twilio.Requests.Count(request => request.ConstructUrl().AbsolutePath.EndsWith("/Calls.json", StringComparison.Ordinal)), Is.EqualTo(1));
    }

    [Test]
    public async Task DialRefused_TheAttemptFailsAndTheCounselorIsFreeAtOnce()
    {
        callAnswer = request => request.ConstructUrl().AbsolutePath.EndsWith("/Calls.json", StringComparison.Ordinal)
            ? throw new ApiException(21211, 400, "Invalid 'To' Phone Number", "", null)
            : TwilioMock.Call(Leg);

        await LegStatusAsync("in-progress");

        var callback = await engine.GetCallbackAsync(CallbackId);
        Assert.That((callback!.State, callback.Attempts), Is.EqualTo((CallbackState.Scheduled, 1)));
        Assert.That((await engine.GetCounselorAsync("c1"))!.State, Is.EqualTo(CounselorState.Available), "no wrap-up: nobody was spoken to");
        Assert.That(twilio.Requests.Any(request => request.ConstructUrl().AbsolutePath.EndsWith($"/Calls/{Leg}.json", StringComparison.Ordinal)), Is.True, "the counselor's leg is ended");
    }

    [Test]
    public async Task DialNeverReported_TheSweepEndsTheCounselorsLegAndTheDial()
    {
        await LegStatusAsync("in-progress");
        twilio.Requests.Clear();

        // No webhook of the dialled call ever comes (the dialling instance died): after Acd:CallbackDialTimeout the sweep fails the attempt.
        bool Ended(string callSid) => twilio.Requests.Any(request => request.ConstructUrl().AbsolutePath.EndsWith($"/Calls/{callSid}.json", StringComparison.Ordinal));
        for (var waited = 0; waited < 300 && !(Ended(Leg) && Ended(Dialled)); waited++)
        {
            await Task.Delay(100);
        }

        Assert.That(Ended(Leg), Is.True, "the counselor's leg is ended");
        Assert.That(Ended(Dialled), Is.True, "the dial is stopped");
        var callback = await engine.GetCallbackAsync(CallbackId);
        Assert.That((callback!.State, callback.Attempts), Is.EqualTo((CallbackState.Scheduled, 1)));
        Assert.That((await engine.GetCounselorAsync("c1"))!.State, Is.EqualTo(CounselorState.Available));
    }

    [Test]
    public async Task Audit_ConnectedCallback_AsksTwilioAboutTheDialledCall()
    {
        await LegStatusAsync("in-progress");
        await engine.CallbackConnectedAsync(CallbackId, Dialled, "pressed-1");
        var auditor = factory.Services.GetRequiredService<ConnectedCallAuditor>();
        callAnswer = request => new Response(HttpStatusCode.OK, $$"""{"sid":"{{Dialled}}","account_sid":"{{IvrServerFactory.AccountSid}}","status":"in-progress"}""");

        await auditor.AuditAsync(CancellationToken.None);
        var repaired = await auditor.AuditAsync(CancellationToken.None);

        Assert.That(repaired, Is.Empty, "a callback call in progress is left alone");
        Assert.That(twilio.Requests.Last().ConstructUrl().AbsolutePath, Does.EndWith($"/Calls/{Dialled}.json"), "fetched by the dialled CallSid, not the callback's id");
        callAnswer = request => new Response(HttpStatusCode.OK, $$"""{"sid":"{{Dialled}}","account_sid":"{{IvrServerFactory.AccountSid}}","status":"completed"}""");
        Assert.That(await auditor.AuditAsync(CancellationToken.None), Is.EqualTo(new[] { "c1" }), "an ended callback call ends in the ACD");
    }

    private Task<HttpResponseMessage> LegStatusAsync(string status) =>
        factory.CreateClient().SendAsync(TwilioSigner.SignedPost($"http://localhost/twilio/voice/counselor/{reservation}/status", new Dictionary<string, string>
        {
            ["AccountSid"] = IvrServerFactory.AccountSid,
            ["CallSid"] = Leg,
            ["CallStatus"] = status,
            ["SequenceNumber"] = "2",
        }));
}
