using Ivr.Acd.Model;
using Ivr.PhoneSim.Parties;

namespace Ivr.Server.Tests.EndToEnd;

/// <summary>
/// A caller calls twice, with the phone simulator as Twilio: the first time they key 4* for Vietnamese; the second time
/// they hear, in Vietnamese and before the greeting, the offer to continue in it, press star and reach a Vietnamese
/// counselor without hearing the list of languages.
/// </summary>
public sealed class RememberedLanguageCallTests
{
    private const string Caller = "+821077712345";

    [Test]
    public async Task SecondCall_StarAtTheOffer_ReachesACounselorOfTheLanguageChosenTheFirstTime()
    {
        await using var center = await SimulatedCenter.StartAsync();
        var first = center.Twilio.PlaceIncomingCall(Caller, new ScriptedParty(["4*"], bargeIn: true));
        await center.EventuallyAsync(async () => (await center.Engine.GetCallerStatusAsync(first.Sid))?.Language == "vi", "the first call waits for a Vietnamese counselor");
        center.Twilio.HangUp(first);
        await center.EventuallyAsync(async () => first.IsEnded && await center.Engine.GetCallerStatusAsync(first.Sid) is null, "the first caller hung up and left the queue");
        await center.SignInCounselorAsync("c-vi", "vi");
        center.Twilio.Parties.Register("client:c-vi", new ScriptedParty([]));

        var listener = new ListeningParty(new ScriptedParty(["*"], bargeIn: true));
        center.Twilio.PlaceIncomingCall(Caller, listener);

        await center.EventuallyAsync(async () => (await center.Engine.GetCounselorAsync("c-vi"))!.State == CounselorState.OnCall, "the Vietnamese counselor took the second call");
        Assert.That(listener.Heard.First(), Does.StartWith("Để tiếp tục bằng tiếng Việt, bấm phím sao."));
        Assert.That(listener.Heard, Does.Not.Contain("안녕하십니까. 법무부 외국인종합안내센터 1345입니다."), "the greeting and its list of languages are skipped");
    }
}
