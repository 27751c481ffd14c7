using Ivr.Acd.Routing;
using Ivr.Acd.Tests.Infrastructure;

namespace Ivr.Acd.Tests.Scenarios;

/// <summary>Routing rules replaced at run time, as when operations staff add a language.</summary>
public sealed class RuleReplacementTests
{
    [Test]
    public async Task LanguageAdded_GetsAQueue_AndMatchesFromTheNextOperation()
    {
        await using var bed = new AcdTestBed();
        Assert.That(() => bed.JoinAsync("CA-kk", "kk"), Throws.ArgumentException, "no rule for Kazakh yet");

        bed.Engine.ReplaceRules([.. bed.Settings.Rules, new RoutingRule("kk")]);
        var joined = await bed.JoinAsync("CA-kk", "kk");
        var match = (await bed.AddCounselorAsync("c-kk", ("kk", 4))).Matches.Single();

        Assert.That(joined.Matches, Is.Empty);
        Assert.That((match.CallSid, match.CounselorId), Is.EqualTo(("CA-kk", "c-kk")));
        Assert.That(bed.Engine.Languages, Does.Contain("kk").And.Contain("ko"));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task InvalidRules_AreRefused_AndTheOldOnesStay()
    {
        await using var bed = new AcdTestBed();
        var before = bed.Engine.Languages.ToList();

        Assert.That(() => bed.Engine.ReplaceRules([new RoutingRule("ko"), new RoutingRule("ko")]), Throws.InstanceOf<ArgumentException>());
        Assert.That(bed.Engine.Languages, Is.EquivalentTo(before));
    }
}
