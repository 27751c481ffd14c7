using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Parties;
using Ivr.PhoneSim.Traffic;

namespace Ivr.PhoneSim.Tests.Traffic;

public sealed class VirtualCallerTests
{
    private static readonly SimCall Call = new CallRegistry(new FakeTimeProvider()).Create(new CallSetup("+8210", "+821345", CallDirections.Inbound, SilentParty.Instance));

    [Test]
    public void OnGather_DefaultPlan_PressesLanguageStarThenCounselorKeyThenNothing()
    {
        var caller = Caller(new TrafficOptions(), selfService: false);
        Assert.Multiple(() =>
        {
            Assert.That(caller.OnGather(Call, Prompt(0))!.Keys, Is.EqualTo("12*"));
            Assert.That(caller.OnGather(Call, Prompt(1))!.Keys, Is.EqualTo("0"));
            Assert.That(caller.OnGather(Call, Prompt(2)), Is.Null);
        });
    }

    [Test]
    public void OnGather_CustomPlanForSelfService_UsesPlanAndSelfServiceKey()
    {
        var caller = Caller(new TrafficOptions { KeyPlan = ["{choice}", "{language}#"], SelfServiceKey = "2" }, selfService: true);
        Assert.Multiple(() =>
        {
            Assert.That(caller.OnGather(Call, Prompt(0))!.Keys, Is.EqualTo("2"));
            Assert.That(caller.OnGather(Call, Prompt(1))!.Keys, Is.EqualTo("12#"));
        });
    }

    private static VirtualCaller Caller(TrafficOptions options, bool selfService) =>
        new(new Language(12, "Thai", 1), selfService, bargeIn: false, TimeSpan.FromMinutes(3), TimeSpan.FromSeconds(40), options, new TrafficMetrics());

    private static GatherPrompt Prompt(int index) => new(index, [], null, "#", null);
}
