using Ivr.Server.Hours;
using Ivr.Server.Menus;

namespace Ivr.Server.Tests.Hours;

/// <summary>A holiday that keeps Korean, English and Chinese open 10:00-17:00 (as 1345 did in 2020-2022), the others closed.</summary>
public sealed class HolidayHoursTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    private static HoursDirectory Hours() => TestHours.Directory(null, [ThreeLanguagesOpen(Today)]);

    public static Holiday ThreeLanguagesOpen(DateOnly date) => new(date, "Chuseok", new Dictionary<string, IReadOnlyList<HolidayOpening>>
    {
        ["ko"] = [new(new TimeOnly(10, 0), new TimeOnly(17, 0))],
        ["en"] = [new(new TimeOnly(10, 0), new TimeOnly(17, 0))],
        ["zh"] = [new(new TimeOnly(10, 0), new TimeOnly(12, 0)), new(new TimeOnly(13, 0), new TimeOnly(17, 0))],
    });

    [TestCase("en", 10, true)]
    [TestCase("en", 16, true)]
    [TestCase("en", 17, false)]
    [TestCase("en", 9, false)]
    [TestCase("zh", 12, false)]
    [TestCase("zh", 13, true)]
    [TestCase("vi", 11, false)]
    public void IsOpen_HolidayWithOpenLanguages_FollowsTheHolidayHoursNotTheWeek(string language, int hour, bool open) =>
        Assert.That(Hours().IsOpen(language, TestHours.Monday(hour)), Is.EqualTo(open));

    [Test]
    public void NextOpening_HolidayMorning_IsTheHolidayOpeningForAnOpenLanguage() =>
        Assert.That(Hours().NextOpening("en", TestHours.Monday(8)), Is.EqualTo(new DateTime(2026, 11, 30, 10, 0, 0)));

    [Test]
    public void NextOpening_HolidayMorning_IsTheNextWorkingDayForAClosedLanguage() =>
        Assert.That(Hours().NextOpening("vi", TestHours.Monday(8)), Is.EqualTo(new DateTime(2026, 12, 1, 9, 0, 0)));

    [Test]
    public void HolidayAt_OnTheHolidayAndTheDayAfter_IsTheHolidayThenNull()
    {
        Assert.That(Hours().HolidayAt(TestHours.Monday(23))?.Name, Is.EqualTo("Chuseok"));
        Assert.That(Hours().HolidayAt(TestHours.Monday(0).AddDays(1)), Is.Null);
    }

    [Test]
    public void Next_VietnameseOnTheHoliday_IsAHolidayClosureOfferingKorean()
    {
        var step = MenuInterpreter.Next(DefaultMenu.Definition, Hours(), new MenuPosition(DefaultMenu.Main, 0, null), "4*", TestHours.Monday(11)).Step;

        Assert.That(step, Is.InstanceOf<AfterHoursStep>());
        Assert.That(((AfterHoursStep)step).Holiday, Is.True);
        Assert.That(((AfterHoursStep)step).OpenAlternative, Is.EqualTo("ko"));
    }

    [Test]
    public void Next_EnglishWithinTheHolidayHours_Queues() =>
        Assert.That(
            MenuInterpreter.Next(DefaultMenu.Definition, Hours(), new MenuPosition(DefaultMenu.Main, 0, null), "2*", TestHours.Monday(11)).Step,
            Is.EqualTo(new QueueStep("en", [])));
}
