using System.Net;
using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using Ivr.Server.CallControl;
using Ivr.Server.Queueing;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Twilio.Exceptions;
using Twilio.Http;
using static Ivr.Server.Tests.CallControl.TwilioMatchDispatcherTests;

namespace Ivr.Server.Tests.CallControl;

/// <summary>A counselor left On call because the call's end was never reported is repaired from Twilio's view.</summary>
public sealed class ConnectedCallAuditorTests
{
    private const string Caller = "CA-caller-1";
    private const string Leg = "CA00000000000000000000000000000001";

    private Func<Response> callAnswer = () => TwilioMock.Call(Caller);
    private IvrServerFactory factory = null!;
    private AcdEngine engine = null!;

    [SetUp]
    public async Task CounselorOnACall()
    {
        var twilio = new TwilioMock().Answering(request =>
            request.ConstructUrl().AbsolutePath.EndsWith("Participants.json", StringComparison.Ordinal) ? TwilioMock.Participant(Leg) : callAnswer());
        // The hosted audit would run on its own clock; the tests run each audit themselves.
        factory = await twilio.StartServerAsync(new Dictionary<string, string?> { ["CallControl:AuditInterval"] = "01:00:00" });
        engine = await SignedInCounselorAsync(factory, "c1", "vi");
        await factory.Services.GetRequiredService<ICallerQueue>().JoinAsync(Join(Caller, "vi"), CancellationToken.None);
        var reservation = (await engine.GetCounselorAsync("c1"))!.ReservationId!;
        await engine.AcceptAsync(reservation, "answered");
        Assert.That(await engine.GetCounselorAsync("c1"), Has.Property(nameof(CounselorStatus.State)).EqualTo(CounselorState.OnCall));
    }

    // Owned by the server's container (a hosted service), so not disposed here.
    private ConnectedCallAuditor Auditor => factory.Services.GetRequiredService<ConnectedCallAuditor>();

    [TearDown]
    public async Task StopServer() => await factory.DisposeAsync();

    [Test]
    public async Task CallTwilioReportsCompleted_EndsInTheAcd_OnTheSecondAuditThatSeesIt()
    {
        callAnswer = () => CallWithStatus("completed");

        var first = await Auditor.AuditAsync(CancellationToken.None);
        var second = await Auditor.AuditAsync(CancellationToken.None);

        Assert.That(first, Is.Empty, "a call seen on one audit only may have just started: not asked yet");
        Assert.That(second, Is.EqualTo(new[] { "c1" }));
        Assert.That((await engine.GetCounselorAsync("c1"))!.State, Is.EqualTo(CounselorState.WrapUp));
    }

    [Test]
    public async Task CallTwilioDoesNotKnow_Ends()
    {
        // Twilio's REST client throws for an error status, as the real one does for this 404.
        callAnswer = () => throw new ApiException(20404, 404, "The requested resource /Calls/CA-caller-1.json was not found", "https://www.twilio.com/docs/errors/20404");

        await Auditor.AuditAsync(CancellationToken.None);
        await Auditor.AuditAsync(CancellationToken.None);

        Assert.That((await engine.GetCounselorAsync("c1"))!.State, Is.EqualTo(CounselorState.WrapUp));
    }

    [TestCase(false, CounselorState.Available)]
    [TestCase(true, CounselorState.WrapUp)]
    public async Task ACallTheCounselorPlaced_EndedUnreported_FreesThemIfNobodyAnswered_ElseWrapUp(bool numberAnswered, CounselorState after)
    {
        await SignedInCounselorAsync(factory, "c2", "vi");
        var legs = factory.Services.GetRequiredService<CallLegs>();
        var callId = AcdEngine.NewOutboundId();
        var reservationId = "o" + callId[4..];
        await engine.StartOutboundAsync(callId, "c2", "vi", "+821012345678");
        await legs.RememberAsync(reservationId, callId, "c2");
        await legs.SetAsync(reservationId, (CallLegState.LegField, "CA-counselor-leg-2"));
        if (numberAnswered)
        {
            await legs.SetAsync(reservationId, (CallLegState.ConnectedAtField("c2"), "2026-12-05T09:00:00.0000000+00:00"));
        }
        callAnswer = () => CallWithStatus("completed");

        await Auditor.AuditAsync(CancellationToken.None);
        var repaired = await Auditor.AuditAsync(CancellationToken.None);

        Assert.That(repaired, Does.Contain("c2"));
        Assert.That((await engine.GetCounselorAsync("c2"))!.State, Is.EqualTo(after));
    }

    [TestCase("in-progress")]
    [TestCase("unreachable")]
    public async Task CallStillInProgress_OrTwilioUnreachable_IsLeftAlone(string twilioSays)
    {
        callAnswer = twilioSays == "unreachable"
            ? () => throw new HttpRequestException("connection refused")
            : () => CallWithStatus(twilioSays);

        await Auditor.AuditAsync(CancellationToken.None);
        var repaired = await Auditor.AuditAsync(CancellationToken.None);

        Assert.That(repaired, Is.Empty);
        Assert.That((await engine.GetCounselorAsync("c1"))!.State, Is.EqualTo(CounselorState.OnCall));
    }

    private static Response CallWithStatus(string status) =>
        new(HttpStatusCode.OK, $$"""{"sid":"{{Caller}}","account_sid":"{{IvrServerFactory.AccountSid}}","status":"{{status}}"}""");
}
