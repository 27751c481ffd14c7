using Ivr.PhoneSim.Parties;

namespace Ivr.Server.Tests.EndToEnd;

/// <summary>
/// The maximum wait's language offer end to end, the phone simulator as Twilio: Vietnamese callers are offered English
/// after 2 s on hold; an English counselor is idle all along, yet takes the Vietnamese caller only once they press 4.
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
        center.Twilio.Parties.Register("client:c-en", new ScriptedParty([]));
        await center.SignInCounselorAsync("c-en", "en");
        // 4* Vietnamese; silent at the first two hold announcements, then 4 at each (a 4 before the maximum wait changes nothing).
        var caller = center.Twilio.PlaceIncomingCall("+821055560001", new ScriptedParty(["4*", null, null, "4", "4", "4", "4"], bargeIn: true));
        await center.EventuallyAsync(async () => (await center.Engine.GetStatisticsAsync("vi")).Waiting == 1, "the caller is in the Vietnamese line");
        Assert.That((await center.Engine.GetCounselorAsync("c-en"))!.CallSid, Is.Null, "no overflow without consent");

        await center.EventuallyAsync(async () => (await center.Engine.GetCounselorAsync("c-en"))!.CallSid == caller.Sid, "the English counselor has the Vietnamese caller");
        await center.EventuallyAsync(() => Task.FromResult(center.Twilio.Calls.All.Any(call => call.To == "client:c-en")), "the English counselor is rung");

        Assert.That(caller.IsEnded, Is.False);
    }
}
