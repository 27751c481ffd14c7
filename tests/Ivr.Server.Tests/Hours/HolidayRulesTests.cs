using Ivr.Server.Hours;

namespace Ivr.Server.Tests.Hours;

public sealed class HolidayRulesTests
{
    private static string? Problem(string code, params (string From, string To)[] periods) =>
        HolidayRules.Problem(
            new Dictionary<string, IReadOnlyList<HolidayHours>> { [code] = [.. periods.Select(period => new HolidayHours(period.From, period.To))] },
            TestHours.Directory(), out _);

    [Test]
    public void Problem_ValidOpenings_IsNullAndSortsThem()
    {
        var problem = HolidayRules.Problem(
            new Dictionary<string, IReadOnlyList<HolidayHours>> { ["en"] = [new("13:00", "17:00"), new("09:00", "12:00")] },
            TestHours.Directory(), out var parsed);

        Assert.That(problem, Is.Null);
        Assert.That(parsed["en"].Select(opening => opening.From), Is.EqualTo(new[] { new TimeOnly(9, 0), new TimeOnly(13, 0) }));
    }

    [TestCase("EN", "09:00", "18:00", "is not a language code")]
    [TestCase("xx", "09:00", "18:00", "is not a language the center serves")]
    [TestCase("en", "25:00", "26:00", "HH:mm within the day")]
    [TestCase("en", "9", "18:00", "HH:mm within the day")]
    [TestCase("en", "18:00", "09:00", "must start before it ends")]
    [TestCase("en", "09:00", "09:00", "must start before it ends")]
    public void Problem_BadOpening_SaysWhatIsWrong(string code, string from, string to, string message) =>
        Assert.That(Problem(code, (from, to)), Does.Contain(message));

    [Test]
    public void Problem_OverlappingOpenings_NamesBoth() =>
        Assert.That(Problem("zh", ("09:00", "12:00"), ("11:30", "15:00")), Is.EqualTo("openLanguages.zh: 09:00-12:00 and 11:30-15:00 overlap."));

    [Test]
    public void Problem_AdjacentOpenings_AreAllowed() =>
        Assert.That(Problem("zh", ("09:00", "12:00"), ("12:00", "15:00")), Is.Null);

    [Test]
    public void Problem_LanguageWithNoOpening_IsRefused() =>
        Assert.That(Problem("ko"), Does.Contain("leave the language out to keep it closed"));
}
