using System.Net;
using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using Ivr.Server.Queueing;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Ivr.Server.Tests.CallControl.TwilioMatchDispatcherTests;

namespace Ivr.Server.Tests.CallControl;

public sealed class CounselorLegEndpointTests
{
    private const string Caller = "CA-caller-1";
    private const string Leg = "CA00000000000000000000000000000001";

    private TwilioMock twilio = null!;
    private IvrServerFactory factory = null!;
    private AcdEngine engine = null!;
    private string reservation = "";

    [SetUp]
    public async Task CallerReservedForCounselor()
    {
        twilio = new TwilioMock().Answering(request =>
            request.ConstructUrl().AbsolutePath.EndsWith("Participants.json", StringComparison.Ordinal) ? TwilioMock.Participant(Leg) : TwilioMock.Call(Caller));
        factory = await twilio.StartServerAsync();
        engine = await SignedInCounselorAsync(factory, "c1", "vi");
        await factory.Services.GetRequiredService<ICallerQueue>().JoinAsync(Join(Caller, "vi"), CancellationToken.None);
        reservation = (await engine.GetCounselorAsync("c1"))!.ReservationId!;
        twilio.Requests.Clear();
    }

    [TearDown]
    public async Task StopServer() => await factory.DisposeAsync();

    [Test]
    public async Task Status_Answered_ConnectsTheCallerIntoTheConference()
    {
        var response = await LegStatusAsync("in-progress", sequence: 2);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await engine.GetCounselorAsync("c1"))!.State, Is.EqualTo(CounselorState.OnCall));
        var redirect = twilio.Requests.Single();
        Assert.That(redirect.ConstructUrl().AbsolutePath, Does.EndWith($"/Calls/{Caller}.json"));
        Assert.That(redirect.PostParams.Single(pair => pair.Key == "Url").Value, Is.EqualTo($"http://localhost/twilio/voice/connect/{reservation}"));
    }

    [Test]
    public async Task Connect_AnsweredReservation_AnswersTwiMLJoiningItsConference()
    {
        Assert.That(await CallerJoinsAsync(), Does.Contain($">ivr-{reservation}</Conference>"));
    }

    [Test]
    public async Task Status_NoAnswer_UndoesTheReservationAndTheFirstCallerIsOfferedAgain()
    {
        var secondCaller = "CA-caller-2";
        await factory.Services.GetRequiredService<ICallerQueue>().JoinAsync(Join(secondCaller, "vi"), CancellationToken.None);

        await LegStatusAsync("no-answer", sequence: 2);

        var counselor = await engine.GetCounselorAsync("c1");
        Assert.That(counselor!.NoAnswersInARow, Is.EqualTo(1));
        Assert.That(counselor.ReservationId, Is.Not.EqualTo(reservation), "the missed reservation is gone");
        Assert.That(counselor.CallSid, Is.EqualTo(Caller), "the first caller kept the head of the line, ahead of the second");
        Assert.That(twilio.Requests.Single().ConstructUrl().AbsolutePath, Does.EndWith("Participants.json"), "the counselor is rung again");
    }

    [Test]
    public async Task Status_AnsweredArrivingAfterCompleted_IsIgnoredAsStale()
    {
        await LegStatusAsync("completed", sequence: 3);

        await LegStatusAsync("in-progress", sequence: 2);

        Assert.That((await engine.GetCounselorAsync("c1"))!.State, Is.Not.EqualTo(CounselorState.OnCall));
        Assert.That(twilio.Requests, Is.Empty, "the caller is not pulled into a conference nobody is in");
    }

    [Test]
    public async Task Status_CompletedAfterTalking_PutsTheCounselorInWrapUpAndTheCallIsOver()
    {
        await LegStatusAsync("in-progress", sequence: 2);
        await CallerJoinsAsync();

        await LegStatusAsync("completed", sequence: 3);

        Assert.That((await engine.GetCounselorAsync("c1"))!.State, Is.EqualTo(CounselorState.WrapUp));
        Assert.That(await engine.GetCallerStatusAsync(Caller), Is.Null);
    }

    [Test]
    public async Task Status_CompletedBeforeTheCallerJoined_PutsTheCallerBackInLineAtTheirPlaceAndTheirRedirectIntoTheQueue()
    {
        // A counselor who hangs up before the caller's redirect into the conference landed (a Redis stall can hold it
        // for seconds) ended the conference; the caller would have started it again alone, or been hung up on.
        await factory.Services.GetRequiredService<ICallerQueue>().JoinAsync(Join("CA-caller-later", "vi"), CancellationToken.None);
        await LegStatusAsync("in-progress", sequence: 2);
        twilio.Requests.Clear();

        await LegStatusAsync("completed", sequence: 3);

        var status = await engine.GetCallerStatusAsync(Caller);
        Assert.That((status!.State, status.Position), Is.EqualTo((CallerState.Waiting, 1)), "ahead of the caller who came later");
        Assert.That((await engine.GetCounselorAsync("c1"))!.State, Is.EqualTo(CounselorState.WrapUp));
        Assert.That(twilio.Requests.Where(request => request.ConstructUrl().AbsolutePath.EndsWith($"/Calls/{Caller}.json", StringComparison.Ordinal)), Is.Empty,
            "the caller is not hung up on");
        var twiml = await CallerJoinsAsync();
        Assert.That(twiml, Does.Contain("<Enqueue").And.Contain(">vi</Enqueue>").And.Not.Contain("<Conference"));
    }

    [Test]
    public async Task Status_CompletedAfterTalking_EndsTheCallersCallSoTheyAreNeverLeftAloneInTheConference()
    {
        await LegStatusAsync("in-progress", sequence: 2);
        await CallerJoinsAsync();
        twilio.Requests.Clear();

        await LegStatusAsync("completed", sequence: 3);

        var ended = twilio.Requests.Single();
        Assert.That(ended.ConstructUrl().AbsolutePath, Does.EndWith($"/Calls/{Caller}.json"));
        Assert.That(ended.PostParams.Single(pair => pair.Key == "Status").Value, Is.EqualTo("completed"));
    }

    [Test]
    public async Task Status_AnsweredWhileTwilioIsUnreachable_LetsTheCounselorGoAndAnswersTheCallback()
    {
        // Found by the fault programme: an open circuit's exception escaped, the callback failed with a 500 and the
        // counselor stayed on an answered call with nobody while the ACD offered them the next caller.
        twilio.Failing(new Twilio.Exceptions.ApiConnectionException("Twilio could not be reached"));

        var response = await LegStatusAsync("in-progress", sequence: 2);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await engine.GetCounselorAsync("c1"))!.State, Is.Not.EqualTo(CounselorState.OnCall), "not left on a call with nobody");
        Assert.That(await engine.GetCallAsync(Caller), Is.Null, "the caller, still on hold, is put back in line by their next hold request");
    }

    [Test]
    public async Task Status_AnsweredAfterTheCallerHungUp_EndsTheCounselorsAnsweredLeg()
    {
        // Status=canceled leaves an answered call alone (Twilio answers 200): the counselor stayed on a call with
        // nobody while the ACD offered them the next caller, the fault programme's most common double assignment.
        twilio.Answering(request => request.ConstructUrl().AbsolutePath.EndsWith($"/Calls/{Caller}.json", StringComparison.Ordinal)
            ? throw new Twilio.Exceptions.ApiException(21220, 400, "Call is not in-progress. Cannot redirect.", "https://www.twilio.com/docs/errors/21220")
            : TwilioMock.Call(Leg));

        await LegStatusAsync("in-progress", sequence: 2);

        var legUpdate = twilio.Requests.First(request => request.ConstructUrl().AbsolutePath.EndsWith($"/Calls/{Leg}.json", StringComparison.Ordinal));
        Assert.That(legUpdate.PostParams.Single(pair => pair.Key == "Status").Value, Is.EqualTo("completed"));
        Assert.That((await engine.GetCounselorAsync("c1"))!.State, Is.Not.EqualTo(CounselorState.OnCall));
    }

    [Test]
    public async Task CallerHangsUp_WhileConnected_EndsTheCounselorsLegToo()
    {
        // A caller who hangs up as they are brought in never joins the conference: the counselor would sit in it alone
        // while the ACD offered them the next caller.
        await LegStatusAsync("in-progress", sequence: 2);
        twilio.Requests.Clear();

        // What the caller's status callback does when their call is over (CallStatusCallback).
        await factory.Services.GetRequiredService<ICallerQueue>().LeaveAsync(Caller, "hangup", CancellationToken.None);

        var legUpdate = twilio.Requests.Single(request => request.ConstructUrl().AbsolutePath.EndsWith($"/Calls/{Leg}.json", StringComparison.Ordinal));
        Assert.That(legUpdate.PostParams.Single(pair => pair.Key == "Status").Value, Is.EqualTo("completed"));
    }

    [Test]
    public async Task Status_AnsweredAfterTheCallerLeftWhileTwilioIsUnreachable_EndsTheLegOnceTwilioIsBack()
    {
        twilio.Failing(new Twilio.Exceptions.ApiConnectionException("Twilio could not be reached"));
        await LegStatusAsync("in-progress", sequence: 2);
        twilio.Answering(_ => TwilioMock.Call(Leg));
        twilio.Requests.Clear();

        var ended = await factory.Services.GetRequiredService<Server.CallControl.CounselorLegHangUps>().RetryAsync();

        Assert.That(ended, Is.EqualTo(new[] { Leg }));
        Assert.That(twilio.Requests.Single().PostParams.Single(pair => pair.Key == "Status").Value, Is.EqualTo("completed"));
        Assert.That(await factory.Services.GetRequiredService<Server.CallControl.CounselorLegHangUps>().RetryAsync(), Is.Empty, "ended once");
    }

    [Test]
    public async Task Status_CompletedWhenTheCallerWasNeverBroughtIn_LeavesTheCallersCallAlone()
    {
        twilio.Failing(new Twilio.Exceptions.ApiException(20503, 503, "Service unavailable", "https://www.twilio.com/docs/errors/20503"));
        await LegStatusAsync("in-progress", sequence: 2);
        twilio.Requests.Clear();

        await LegStatusAsync("completed", sequence: 3);

        Assert.That(twilio.Requests.Where(request => request.ConstructUrl().AbsolutePath.EndsWith($"/Calls/{Caller}.json", StringComparison.Ordinal)), Is.Empty,
            "a caller still on hold is not hung up");
    }

    [Test]
    public async Task Status_MissingSequenceNumber_Answers400()
    {
        var url = $"http://localhost/twilio/voice/counselor/{reservation}/status";
        var response = await factory.CreateClient().SendAsync(TwilioSigner.SignedPost(url, new Dictionary<string, string> { ["CallSid"] = Leg, ["CallStatus"] = "ringing" }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    /// <summary>What Twilio does with the caller's redirect: fetches the connect TwiML.</summary>
    private async Task<string> CallerJoinsAsync()
    {
        var url = $"http://localhost/twilio/voice/connect/{reservation}";
        var response = await factory.CreateClient().SendAsync(TwilioSigner.SignedPost(url, new Dictionary<string, string> { ["CallSid"] = Caller }));
        return await response.Content.ReadAsStringAsync();
    }

    private Task<HttpResponseMessage> LegStatusAsync(string status, int sequence)
    {
        var url = $"http://localhost/twilio/voice/counselor/{reservation}/status";
        return factory.CreateClient().SendAsync(TwilioSigner.SignedPost(url, new Dictionary<string, string>
        {
            ["AccountSid"] = IvrServerFactory.AccountSid,
            ["CallSid"] = Leg,
            ["CallStatus"] = status,
            ["SequenceNumber"] = sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
    }
}
