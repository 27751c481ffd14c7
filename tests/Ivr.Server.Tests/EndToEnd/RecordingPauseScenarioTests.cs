using System.Net;
using System.Net.Http.Json;
using Ivr.Acd.Model;
using Ivr.PhoneSim.Journal;
using Ivr.PhoneSim.Parties;
using Ivr.PhoneSim.Recordings;
using Ivr.Server.CallControl.InCall;
using Ivr.Server.CallRecords;
using Ivr.Server.CallRecords.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ConferenceRecording = Twilio.Rest.Api.V2010.Account.Conference.RecordingResource;

namespace Ivr.Server.Tests.EndToEnd;

/// <summary>
/// A recorded call's recording paused while the counselor holds the caller (hold and warm transfer), with the phone
/// simulator as Twilio: the recording's seconds leave the hold out; a call not recorded asks Twilio nothing about
/// recordings; Twilio refusing the pause still holds the caller.
/// </summary>
public sealed class RecordingPauseScenarioTests
{
    private static Task<SimulatedCenter> StartAsync() => SimulatedCenter.StartAsync(new Dictionary<string, string?>
    {
        ["Recording:Languages:vi"] = "true",
    });

    [Test]
    public async Task RecordedCall_HeldTenSeconds_TheRecordingsSecondsLeaveTheHoldOut()
    {
        await using var center = await StartAsync();
        var (counselor, call) = await RecordedCallAsync(center);
        await Task.Delay(200);

        await HoldAsync(counselor, held: true);
        var pausedBy = center.Twilio.Clock.GetUtcNow();
        await Task.Delay(600); // at least 10 s of the simulator's time on hold (20 times real time)
        var resumedFrom = center.Twilio.Clock.GetUtcNow();
        await HoldAsync(counselor, held: false);
        await Task.Delay(200);
        center.Twilio.HangUp(call);
        CallRecording? stored = null;
        await center.EventuallyAsync(async () => (stored = await RecordingOfAsync(center, call.Sid)) is not null, "the recording's reference is kept");

        var made = center.Twilio.Recordings.All.Single();
        var whole = (made.DateUpdated - made.StartTime).TotalSeconds;
        var held = (resumedFrom - pausedBy).TotalSeconds;
        Assert.Multiple(() =>
        {
            Assert.That(held, Is.GreaterThanOrEqualTo(10));
            Assert.That(made.Status, Is.EqualTo(RecordingStatuses.Completed));
            Assert.That(made.Duration, Is.GreaterThan(0));
            Assert.That(made.Duration, Is.LessThanOrEqualTo((int)Math.Round(whole - held) + 1), $"the hold is not recorded ({whole:0} s in all, {held:0} s held)");
            Assert.That(stored!.Seconds, Is.EqualTo(made.Duration), "the reference keeps the recording's seconds");
            Assert.That(Updates(center).Select(update => (update["status"], update["pauseBehavior"])),
                Is.EqualTo(new[] { ("paused", "skip"), ("in-progress", (string?)null) }));
        });
    }

    [Test]
    public async Task NotRecordedCall_Held_AsksTwilioNothingAboutRecordings()
    {
        await using var scene = await InCallScene.StartAsync();

        await HoldAsync(scene.Counselor, held: true);
        await HoldAsync(scene.Counselor, held: false);

        Assert.That(scene.CallerConference!.Recording, Is.Null, "the conference is not recorded");
        Assert.That(Updates(scene.Center), Is.Empty);
    }

    [Test]
    public async Task TwilioRefusesThePause_TheCallerIsHeldAllTheSame()
    {
        await using var center = await StartAsync();
        var (counselor, call) = await RecordedCallAsync(center);
        var conference = center.Twilio.Conferences.All.Single(c => !c.IsCompleted);
        // Stopped behind the server's back: Twilio then has no recording running to pause (404).
        var (client, http) = center.Host.CreateTwilioClient();
        using (http)
        {
            await ConferenceRecording.UpdateAsync(conference.Sid, "Twilio.CURRENT", ConferenceRecording.StatusEnum.Stopped, client: client);
        }

        var held = await counselor.PostAsync("/hold", new { held = true });

        Assert.That(held.StatusCode, Is.EqualTo(HttpStatusCode.OK), await held.Content.ReadAsStringAsync());
        Assert.That((await held.Content.ReadFromJsonAsync<ActiveCallView>())!.Held, Is.True);
        Assert.That(conference.Find(call.Sid)!.Hold, Is.True, "the caller is on hold");
        Assert.That(Updates(center).Select(update => update["status"]), Is.EqualTo(new[] { "stopped", "paused" }), "the pause was asked for and refused");
        var resumed = await counselor.PostAsync("/hold", new { held = false });
        Assert.That(resumed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(conference.Find(call.Sid)!.Hold, Is.False);
    }

    [Test]
    public async Task WarmTransfer_TheRecordingPausesWhileTheCounselorsTalk_AndResumesWhenTheCallIsHandedOver()
    {
        await using var center = await StartAsync();
        var (counselor, call) = await RecordedCallAsync(center);
        var colleague = await Softphone.SignInAsync(center, "c-vi-2", "vi");

        var consult = await counselor.PostAsync("/consult", new { counselorId = "c-vi-2" });
        Assert.That(consult.StatusCode, Is.EqualTo(HttpStatusCode.OK), await consult.Content.ReadAsStringAsync());
        Assert.That(Updates(center).Select(update => update["status"]), Is.EqualTo(new[] { "paused" }), "the caller is held for the consult");
        await center.EventuallyAsync(async () => (await counselor.CallAsync())?.Consult?.State == "connected", "the consulted counselor answered");

        var complete = await counselor.PostAsync("/consult/complete");

        Assert.That(complete.StatusCode, Is.EqualTo(HttpStatusCode.OK), await complete.Content.ReadAsStringAsync());
        Assert.That(Updates(center).Select(update => update["status"]), Is.EqualTo(new[] { "paused", "in-progress" }));
        Assert.That(center.Twilio.Recordings.All.Single().Status, Is.EqualTo(RecordingStatuses.InProgress), "the new counselor's conversation is recorded");
        Assert.That((await colleague.CallAsync())!.Held, Is.False);
        center.Twilio.HangUp(call);
    }

    /// <summary>A Vietnamese caller who let the announcement play (consent), talking to c-vi in a recorded conference.</summary>
    private static async Task<(Softphone Counselor, PhoneSim.Calls.SimCall Call)> RecordedCallAsync(SimulatedCenter center)
    {
        var counselor = await Softphone.SignInAsync(center, "c-vi", "vi");
        var call = center.Twilio.PlaceIncomingCall("+821055501240", new ScriptedParty(["4*"]));
        await counselor.WaitForStateAsync(CounselorState.OnCall);
        await center.EventuallyAsync(() => Task.FromResult(center.Twilio.Conferences.All.Any(c => c.Status == "in-progress" && c.ActiveRecording is not null)),
            "the recorded conference started");
        await counselor.WaitUntilOnCallAsync();
        return (counselor, call);
    }

    private static async Task HoldAsync(Softphone counselor, bool held)
    {
        var response = await counselor.PostAsync("/hold", new { held });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    private static List<IReadOnlyDictionary<string, string?>> Updates(SimulatedCenter center) =>
    [
        .. center.Journal.Events.Where(e => e.Kind == SimEventKinds.Recording && e.Data.GetValueOrDefault("event") == "update").OrderBy(e => e.At).Select(e => e.Data),
    ];

    private static async Task<CallRecording?> RecordingOfAsync(SimulatedCenter center, string callSid)
    {
        await using var scope = center.Server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RecordsDbContext>().CallRecordings.AsNoTracking().SingleOrDefaultAsync(row => row.CallSid == callSid);
    }
}
