using System.Net.Http.Json;
using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Journal;
using Ivr.PhoneSim.Parties;
using Ivr.Server.Authorization;
using Ivr.Server.Queueing;
using Ivr.Server.Tests.Infrastructure;

namespace Ivr.Server.Tests.EndToEnd;

/// <summary>
/// The maximum wait's language offer end to end, the phone simulator as Twilio: Vietnamese callers are offered English
/// after 2 s on hold; an English counselor is idle all along, yet takes the Vietnamese caller only once they press 4.
/// The maximum wait comes from the configuration, or from operations staff through the API on a running center.
/// </summary>
public sealed class MaxWaitOverflowScenarioTests
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["MaxWait:Languages:vi:After"] = "00:00:02",
        ["MaxWait:Languages:vi:Offer"] = "language",
        ["MaxWait:Languages:vi:OverflowLanguage"] = "en",
        ["Callbacks:OfferAbove"] = "02:00:00", // no ordinary callback offer in the way
    };

    [Test]
    public async Task HoldKeyFour_VietnameseCallerPastTheMaximumWait_IsTakenByAnEnglishCounselor()
    {
        await using var center = await SimulatedCenter.StartAsync(Settings);
        await VietnameseCallerOverflowsToEnglishAsync(center);
    }

    [Test]
    public async Task HoldKeyFour_MaximumWaitSetByOperationsThroughTheApi_IsTakenByAnEnglishCounselor()
    {
        await using var center = await SimulatedCenter.StartAsync(new Dictionary<string, string?> { ["Callbacks:OfferAbove"] = "02:00:00" });
        var operations = await center.Server.CreateSignedInClientAsync(Roles.Operations);
        var saved = await operations.PutAsJsonAsync("/api/ivr/waiting/vi", new WaitingPolicyUpdate(null, TimeSpan.FromSeconds(2), "language", "en"));
        Assert.That(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());

        var caller = await VietnameseCallerOverflowsToEnglishAsync(center);

        Assert.That(center.Journal.Events.Where(e => e.Kind == SimEventKinds.Verb && e.CallSid == caller.Sid).SelectMany(e => e.Data.Values),
            Has.Some.Contains("Bạn đã chờ lâu. Để nói chuyện với tư vấn viên bằng Tiếng Anh"), "the caller heard the offer, in Vietnamese");
    }

    private static async Task<SimCall> VietnameseCallerOverflowsToEnglishAsync(SimulatedCenter center)
    {
        center.Twilio.Parties.Register("client:c-en", new ScriptedParty([]));
        await center.SignInCounselorAsync("c-en", "en");
        // 4* Vietnamese; silent at the first two hold announcements, then 4 at each (a 4 before the maximum wait changes nothing).
        var caller = center.Twilio.PlaceIncomingCall("+821055560001", new ScriptedParty(["4*", null, null, "4", "4", "4", "4"], bargeIn: true));
        await center.EventuallyAsync(async () => (await center.Engine.GetStatisticsAsync("vi")).Waiting == 1, "the caller is in the Vietnamese line");
        Assert.That((await center.Engine.GetCounselorAsync("c-en"))!.CallSid, Is.Null, "no overflow without consent");

        await center.EventuallyAsync(async () => (await center.Engine.GetCounselorAsync("c-en"))!.CallSid == caller.Sid, "the English counselor has the Vietnamese caller");
        await center.EventuallyAsync(() => Task.FromResult(center.Twilio.Calls.All.Any(call => call.To == "client:c-en")), "the English counselor is rung");

        Assert.That(caller.IsEnded, Is.False);
        return caller;
    }
}
