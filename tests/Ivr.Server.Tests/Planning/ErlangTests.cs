using Ivr.Server.Planning.Queueing;

namespace Ivr.Server.Tests.Planning;

/// <summary>The vectors of acd-facts.md §4.1 and §4.2 (100 calls in 30 min, AHT 180 s: A = 10 Erlangs; t = 20 s) and the properties of the issue.</summary>
public sealed class ErlangTests
{
    private const double Load = 10, Handle = 180, Target = 20;

    [TestCase(11, 0.6821, 0.3896, 122.8, 0.909)]
    [TestCase(12, 0.4494, 0.6402, 40.4, 0.833)]
    [TestCase(13, 0.2853, 0.7956, 17.1, 0.769)]
    [TestCase(14, 0.1741, 0.8884, 7.8, 0.714)]
    [TestCase(15, 0.1020, 0.9415, 3.7, 0.667)]
    [TestCase(16, 0.0573, 0.9706, 1.7, 0.625)]
    public void ErlangC_MatchesTheTable(int counselors, double wait, double serviceLevel, double asa, double occupancy)
    {
        var metrics = ErlangC.Evaluate(counselors, Load, Handle, Target);

        Assert.Multiple(() =>
        {
            Assert.That(metrics.WaitProbability, Is.EqualTo(wait).Within(0.00005));
            Assert.That(metrics.ServiceLevel, Is.EqualTo(serviceLevel).Within(0.00005));
            Assert.That(metrics.AverageWaitSeconds, Is.EqualTo(asa).Within(0.05));
            Assert.That(metrics.Occupancy, Is.EqualTo(occupancy).Within(0.0005));
        });
    }

    [Test]
    public void ErlangC_Required_IsFourteenForTheDefaultTarget_FifteenAtSeventyPercentOccupancy()
    {
        Assert.That(RequiredCounselors.ErlangC(new StaffingTarget(), Load, Handle).Counselors, Is.EqualTo(14), "13 gives 79.56 %, just short");
        Assert.That(RequiredCounselors.ErlangC(new StaffingTarget(MaxOccupancy: 0.70), Load, Handle).Counselors, Is.EqualTo(15));
    }

    [Test]
    public void ErlangA_MatchesThePyworkforceVector()
    {
        var metrics = ErlangA.Evaluate(14, Load, Handle, patienceSeconds: 300, Target);

        Assert.Multiple(() =>
        {
            Assert.That(metrics.WaitProbability, Is.EqualTo(0.14526).Within(0.000005));
            Assert.That(metrics.AbandonProbability, Is.EqualTo(0.013984).Within(0.0000005));
            Assert.That(metrics.Occupancy, Is.EqualTo(0.704297).Within(0.0000005));
            Assert.That(metrics.AverageWaitSeconds / 60, Is.EqualTo(0.069919).Within(0.0000005));
            Assert.That(metrics.ServiceLevel, Is.EqualTo(0.916792).Within(0.0000005));
        });
    }

    [Test]
    public void ErlangA_WithVeryPatientCallers_EqualsErlangC([Range(11, 20)] int counselors)
    {
        var a = ErlangA.Evaluate(counselors, Load, Handle, patienceSeconds: 1e9, Target);
        var c = ErlangC.Evaluate(counselors, Load, Handle, Target);

        Assert.Multiple(() =>
        {
            Assert.That(a.WaitProbability, Is.EqualTo(c.WaitProbability).Within(1e-4));
            Assert.That(a.ServiceLevel, Is.EqualTo(c.ServiceLevel).Within(1e-4));
            Assert.That(a.Occupancy, Is.EqualTo(c.Occupancy).Within(1e-4));
            Assert.That(a.AverageWaitSeconds, Is.EqualTo(c.AverageWaitSeconds).Within(c.AverageWaitSeconds * 1e-3));
        });
    }

    [TestCase(0.5, 60.0)]
    [TestCase(10, 180.0)]
    [TestCase(200, 300.0)]
    public void MoreCounselors_NeverLowerTheServiceLevel(double load, double patience)
    {
        var first = Math.Max(1, (int)load - 5);
        double previousC = 0, previousA = 0;
        for (var counselors = first; counselors < first + 40; counselors++)
        {
            var c = ErlangC.Evaluate(counselors, load, Handle, Target).ServiceLevel;
            var a = ErlangA.Evaluate(counselors, load, Handle, patience, Target).ServiceLevel;
            Assert.That(c, Is.GreaterThanOrEqualTo(previousC - 1e-12), $"Erlang C at {counselors}");
            Assert.That(a, Is.GreaterThanOrEqualTo(previousA - 1e-12), $"Erlang A at {counselors}");
            (previousC, previousA) = (c, a);
        }
        Assert.That(previousA, Is.GreaterThan(0.99), "forty more counselors answer nearly everyone in time");
    }

    [Test]
    public void HugeLoads_StayFinite_AndNeedAboutTheLoad()
    {
        const double huge = 5000;
        var c = RequiredCounselors.ErlangC(new StaffingTarget(MaxOccupancy: 1), huge, Handle);
        var a = RequiredCounselors.ErlangA(new StaffingTarget(MaxOccupancy: 1), huge, Handle, 300);
        var overloaded = ErlangA.Evaluate(4000, huge, Handle, 300, Target);

        Assert.Multiple(() =>
        {
            Assert.That(ErlangC.Blocking(5000, huge), Is.GreaterThan(0).And.LessThan(0.02));
            Assert.That(c.Counselors, Is.InRange(5001, 5100), "square-root staffing: a few dozen above the load");
            Assert.That(c.ServiceLevel, Is.GreaterThanOrEqualTo(0.8));
            // So large a center with callers of 5 minutes' patience answers most in time a little below the load (each waits
            // about 16 s while 5 % hang up): Erlang A's point, and never below target × load.
            Assert.That(a.Counselors, Is.LessThan(c.Counselors).And.GreaterThanOrEqualTo(4000));
            Assert.That(a.ServiceLevel, Is.GreaterThanOrEqualTo(0.8));
            Assert.That(double.IsFinite(a.AverageWaitSeconds) && double.IsFinite(a.ServiceLevel), Is.True);
            Assert.That(overloaded.AbandonProbability, Is.EqualTo(0.2).Within(0.01), "a fifth more callers than counselors can take hang up");
            Assert.That(overloaded.Occupancy, Is.EqualTo(1).Within(1e-6));
        });
    }

    [Test]
    public void ErlangA_Required_IsTheFewestThatMeetTheTarget_AndBelowErlangC()
    {
        var target = new StaffingTarget();
        var a = RequiredCounselors.ErlangA(target, Load, Handle, 300);
        var fewer = ErlangA.Evaluate(a.Counselors - 1, Load, Handle, 300, Target);

        Assert.That(target.IsMetBy(a), Is.True);
        Assert.That(target.IsMetBy(fewer), Is.False);
        Assert.That(a.Counselors, Is.LessThanOrEqualTo(RequiredCounselors.ErlangC(target, Load, Handle).Counselors));
    }

    [Test]
    public void NoLoad_NeedsNobody() =>
        Assert.That(RequiredCounselors.ErlangA(new StaffingTarget(), 0, Handle, 300).Counselors + RequiredCounselors.ErlangC(new StaffingTarget(), 0, Handle).Counselors, Is.Zero);
}
