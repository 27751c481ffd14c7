using Ivr.Acd.Model;
using Ivr.PhoneSim.Parties;

namespace Ivr.Server.Tests.EndToEnd;

/// <summary>What happens while a counselor's softphone rings, with the phone simulator as Twilio.</summary>
public sealed class RingOutcomeTests
{
    [Test]
    public async Task Ring_CounselorDeclines_TheCallerGoesToTheNextCounselorOfTheLanguage()
    {
        await using var center = await SimulatedCenter.StartAsync();
        await center.SignInCounselorAsync("c-decline", "vi");
        center.Twilio.Parties.Register("client:c-decline", new ScriptedParty([], new RingDecision(RingAnswer.Decline, TimeSpan.Zero)));
        center.Twilio.PlaceIncomingCall("+821011112222", new ScriptedParty(["4*", "0"], bargeIn: true));
        await center.EventuallyAsync(async () => (await center.Engine.GetCounselorAsync("c-decline"))!.State != CounselorState.Reserved
            && center.Twilio.Calls.All.Any(call => call.To == "client:c-decline" && call.IsEnded), "the first counselor declined");

        await center.SignInCounselorAsync("c-answer", "vi");
        center.Twilio.Parties.Register("client:c-answer", new ScriptedParty([]));

        await center.EventuallyAsync(async () => (await center.Engine.GetCounselorAsync("c-answer"))!.State == CounselorState.OnCall, "the second counselor took the call");
        Assert.That((await center.Engine.GetCounselorAsync("c-decline"))!.State, Is.Not.EqualTo(CounselorState.OnCall));
    }

    [Test]
    public async Task Ring_CallerHangsUpWhileTheCounselorRings_FreesTheCounselorAndStopsTheRinging()
    {
        await using var center = await SimulatedCenter.StartAsync();
        await center.SignInCounselorAsync("c-slow", "th");
        center.Twilio.Parties.Register("client:c-slow", new ScriptedParty([], new RingDecision(RingAnswer.Ignore, TimeSpan.Zero)));
        var caller = center.Twilio.PlaceIncomingCall("+821033334444", new ScriptedParty(["5*", "0"], bargeIn: true));
        await center.EventuallyAsync(() => Task.FromResult(center.Twilio.Calls.All.Any(call => call.To == "client:c-slow")), "the counselor's phone rings");

        center.Twilio.HangUp(caller);

        await center.EventuallyAsync(async () => (await center.Engine.GetCounselorAsync("c-slow"))!.State == CounselorState.Available, "the counselor is free again");
        await center.EventuallyAsync(() => Task.FromResult(center.Twilio.Calls.All.Single(call => call.To == "client:c-slow").IsEnded), "the ringing stopped");
        Assert.That((await center.Engine.GetCounselorAsync("c-slow"))!.NoAnswersInARow, Is.Zero, "the caller's hang-up is not the counselor's missed call");
    }
}
