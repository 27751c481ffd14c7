using System.Net;
using System.Net.Http.Json;
using Ivr.Acd.Model;
using Ivr.Server.CallControl.InCall;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Ivr.Server.Tests.Infrastructure.TwilioFaults;

namespace Ivr.Server.Tests.EndToEnd;

/// <summary>
/// Twilio answering 500 or not at all during in-call operations, between the server's Polly pipeline and the phone
/// simulator. Updates are retried (safe to replay); a participant is never created twice; the caller is never dropped.
/// </summary>
public sealed class InCallFaultTests
{
    private static async Task<(InCallScene Scene, TwilioFaults Faults)> StartAsync()
    {
        var faults = new TwilioFaults();
        return (await InCallScene.StartAsync(faults.AddTo), faults);
    }

    [Test]
    public async Task Mute_Twilio500Once_IsRetriedAndSucceeds()
    {
        var (scene, faults) = await StartAsync();
        await using var _ = scene;
        faults.Fail(ParticipantUpdate, Fault.ServerError, times: 1);

        var muted = await scene.Counselor.PostAsync("/mute", new { muted = true });

        Assert.That(muted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(faults.Attempts(ParticipantUpdate), Is.EqualTo(2), "the update was sent again");
        Assert.That(scene.ParticipantOf(scene.Counselor.LatestLeg().Sid)!.Muted, Is.True);
    }

    [Test]
    public async Task Hold_TwilioDoesNotAnswerOnce_IsRetriedAfterTheAttemptTimeout()
    {
        var (scene, faults) = await StartAsync();
        await using var _ = scene;
        faults.Fail(ParticipantUpdate, Fault.NoAnswer, times: 1);

        var held = await scene.Counselor.PostAsync("/hold", new { held = true });

        Assert.That(held.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(faults.Attempts(ParticipantUpdate), Is.EqualTo(2));
        Assert.That(scene.ParticipantOf(scene.Caller.Sid)!.Hold, Is.True);
    }

    [Test]
    public async Task Hold_TwilioKeepsFailing_Answers502AndNothingChanged()
    {
        var (scene, faults) = await StartAsync();
        await using var _ = scene;
        faults.Fail(ParticipantUpdate, Fault.ServerError);

        var held = await scene.Counselor.PostAsync("/hold", new { held = true });

        Assert.That(held.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
        Assert.That(faults.Attempts(ParticipantUpdate), Is.EqualTo(3), "one attempt and two retries");
        Assert.That((await scene.Counselor.CallAsync())!.Held, Is.False);
        Assert.That(scene.Caller.IsEnded, Is.False);
    }

    [Test]
    public async Task AddParticipant_Twilio500_IsNotRetried_Answers502_TheCallGoesOn()
    {
        var (scene, faults) = await StartAsync();
        await using var _ = scene;
        var before = faults.Attempts(ParticipantCreate);
        faults.Fail(ParticipantCreate, Fault.ServerError);

        var added = await scene.Counselor.PostAsync("/participants", new { number = "+82221234567" });

        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
        Assert.That(faults.Attempts(ParticipantCreate) - before, Is.EqualTo(1), "creating a participant is never replayed");
        Assert.That((await scene.Counselor.CallAsync())!.Participants, Is.Empty);
        Assert.That(scene.Caller.IsEnded, Is.False);
        Assert.That(await scene.Counselor.StateAsync(), Is.EqualTo(CounselorState.OnCall));
    }

    [Test]
    public async Task AddParticipant_TwilioDoesNotAnswer_IsNotRetried_Answers502()
    {
        var (scene, faults) = await StartAsync();
        await using var _ = scene;
        var before = faults.Attempts(ParticipantCreate);
        faults.Fail(ParticipantCreate, Fault.NoAnswer);

        var added = await scene.Counselor.PostAsync("/participants", new { number = "+82221234567" });

        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
        Assert.That(faults.Attempts(ParticipantCreate) - before, Is.EqualTo(1));
        Assert.That(scene.Caller.IsEnded, Is.False);
    }

    [Test]
    public async Task Consult_RingingFails_TheConsultIsUndoneAndTheCallerStaysWithTheCounselor()
    {
        var (scene, faults) = await StartAsync();
        await using var _ = scene;
        var colleague = await scene.SignInAsync("c-zh-2", "zh");
        faults.Fail(ParticipantCreate, Fault.ServerError);

        var consult = await scene.Counselor.PostAsync("/consult", new { counselorId = "c-zh-2" });

        Assert.That(consult.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
        Assert.That(await colleague.StateAsync(), Is.EqualTo(CounselorState.Available));
        var view = await scene.Counselor.CallAsync();
        Assert.That((view!.Consult, view.Held), Is.EqualTo(((ConsultView?)null, false)));
        Assert.That(scene.Caller.IsEnded, Is.False);
    }

    [Test]
    public async Task CompleteConsult_TwilioFails_Answers502_EveryoneStaysOnTheCall()
    {
        var (scene, faults) = await StartAsync();
        await using var _ = scene;
        var colleague = await scene.SignInAsync("c-zh-2", "zh");
        await scene.Counselor.PostAsync("/consult", new { counselorId = "c-zh-2" });
        await scene.Center.EventuallyAsync(async () => (await scene.Counselor.CallAsync())?.Consult?.State == "connected", "the consulted counselor answered");
        faults.Fail(ParticipantUpdate, Fault.ServerError);

        var complete = await scene.Counselor.PostAsync("/consult/complete");

        Assert.That(complete.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
        Assert.That((await scene.Center.Engine.GetCallAsync(scene.Caller.Sid))!.CounselorId, Is.EqualTo("c-zh"), "the hand-over did not happen");
        Assert.That(scene.CallerConference!.Participants, Has.Count.EqualTo(3));
        Assert.That(await colleague.StateAsync(), Is.EqualTo(CounselorState.OnCall));
    }

    [Test]
    public async Task TransferToLanguage_RedirectFails_TheServerMovesTheCallerToTheQueueOnceTwilioAnswersAgain()
    {
        var (scene, faults) = await StartAsync();
        await using var _ = scene;
        var before = faults.Attempts(CallUpdate);
        faults.Fail(CallUpdate, Fault.ServerError, times: 3);

        var transfer = await scene.Counselor.PostAsync("/transfer", new { language = "vi" });

        Assert.That(transfer.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
        Assert.That(await transfer.Content.ReadAsStringAsync(), Does.Contain("stay on your line").And.Contain("keeps trying"));
        Assert.That(faults.Attempts(CallUpdate) - before, Is.EqualTo(3), "the redirect was retried");
        Assert.That(scene.Caller.IsEnded, Is.False);
        Assert.That(scene.CallerConference, Is.Not.Null, "the caller is still in the conference");

        // Twilio answers again: the next pass of the transfer redirects moves the caller to the Vietnamese hold loop.
        await scene.Center.EventuallyAsync(async () => scene.CallerConference is null &&
            await scene.Center.Engine.GetCallerStatusAsync(scene.Caller.Sid) is { State: CallerState.Waiting, Language: "vi" }, "the caller waits in the Vietnamese queue");
        Assert.That(scene.Caller.IsEnded, Is.False);

        var vietnamese = await scene.SignInAsync("c-vi", "vi");

        await vietnamese.WaitUntilOnCallAsync();
        await scene.Center.EventuallyAsync(() => Task.FromResult(scene.CallerConference?.Find(vietnamese.LatestLeg().Sid) is not null),
            "the caller reached the Vietnamese counselor");
    }

    [Test]
    public async Task TransferToLanguage_TwilioStaysDown_EachRetryKeepsTheCallersPlaceUntilTheCallerIsMoved()
    {
        var faults = new TwilioFaults();
        // The passes are run by the test, one at a time (the timer's first would come after a minute).
        await using var scene = await InCallScene.StartAsync(faults.AddTo, new Dictionary<string, string?> { ["CallControl:RedirectRetryInterval"] = "00:01:00" });
        var redirects = scene.Center.Server.Services.GetRequiredService<TransferRedirects>();
        var seen = scene.Center.Engine.Keys.Seen;
        faults.Fail(CallUpdate, Fault.ServerError);
        var transfer = await scene.Counselor.PostAsync("/transfer", new { language = "vi" });
        Assert.That(transfer.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
        var redis = TestServices.RedisConnection.GetDatabase();
        var seenAtTransfer = await redis.SortedSetScoreAsync(seen, scene.Caller.Sid) ?? throw new AssertionException("the transferred caller is not in the ACD's seen index");

        await Task.Delay(50);
        var moved = await redirects.RetryAsync();

        Assert.That(moved, Is.Empty, "Twilio still refuses");
        Assert.That(await redis.SortedSetScoreAsync(seen, scene.Caller.Sid), Is.GreaterThan(seenAtTransfer), "the try told the ACD the caller is still there");
        Assert.That(scene.CallerConference, Is.Not.Null);

        faults.Clear();
        moved = await redirects.RetryAsync();

        Assert.That(moved, Is.EqualTo(new[] { scene.Caller.Sid }));
        await scene.Center.EventuallyAsync(() => Task.FromResult(scene.CallerConference is null), "the caller left the first conference for the queue");
        Assert.That(await redirects.RetryAsync(), Is.Empty, "nothing is left to retry");
    }

    [Test]
    public async Task Hangup_TwilioFails_Answers502AndTheCounselorIsStillOnTheCall()
    {
        var (scene, faults) = await StartAsync();
        await using var _ = scene;
        var before = faults.Attempts(CallUpdate);
        faults.Fail(CallUpdate, Fault.ServerError);

        var hangup = await scene.Counselor.PostAsync("/hangup");

        Assert.That(hangup.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
        Assert.That(faults.Attempts(CallUpdate) - before, Is.EqualTo(3), "one attempt and two retries");
        Assert.That(await scene.Counselor.StateAsync(), Is.EqualTo(CounselorState.OnCall));
        Assert.That(scene.Caller.IsEnded, Is.False);
    }

    [Test]
    public async Task DropParticipant_TwilioFails_Answers502AndThePartyIsStillListed()
    {
        var (scene, faults) = await StartAsync();
        await using var _ = scene;
        var added = await scene.Counselor.PostAsync("/participants", new { number = "+82221234567" });
        var id = (await added.Content.ReadFromJsonAsync<ParticipantAddedResponse>())!.Id;
        await scene.Center.EventuallyAsync(async () => (await scene.Counselor.CallAsync())!.Participants.SingleOrDefault()?.State == "connected", "the outside number answered");
        faults.Fail(CallUpdate, Fault.ServerError);

        var dropped = await scene.Counselor.Http.DeleteAsync($"/api/counselor/call/participants/{id}");

        Assert.That(dropped.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
        Assert.That((await scene.Counselor.CallAsync())!.Participants.Single().Id, Is.EqualTo(id));
        Assert.That(scene.Caller.IsEnded, Is.False);
    }
}
