
namespace Ivr.Server.Tests.Hours;

public sealed class HoursDirectoryTests
{
    [TestCase("ko", 10, true)]
    [TestCase("ko", 21, true)]
    [TestCase("ko", 22, false)]
    [TestCase("vi", 17, true)]
    [TestCase("vi", 18, false)]
    [TestCase("vi", 8, false)]
    public void IsOpen_DefaultWeekdaySchedules_FollowTheLanguageHours(string language, int hour, bool open) =>
        Assert.That(TestHours.Directory().IsOpen(language, TestHours.Monday(hour)), Is.EqualTo(open));

    [Test]
    public void IsOpen_Saturday_IsClosed() =>
        Assert.That(TestHours.Directory().IsOpen("ko", TestHours.Monday(10).AddDays(5)), Is.False);

    [Test]
    public void IsOpen_PublicHoliday_IsClosedForEveryLanguage()
    {
        var hours = TestHours.Directory(holidays: new DateOnly(2026, 11, 30));

        Assert.That(hours.Enabled.Any(language => hours.IsOpen(language.Code, TestHours.Monday(10))), Is.False);
    }

    [Test]
    public void NextOpening_FridayEvening_IsMondayMorningSkippingAHoliday()
    {
        var friday = TestHours.Monday(19).AddDays(4);
        var hours = TestHours.Directory(holidays: new DateOnly(2026, 12, 7));

        Assert.That(hours.NextOpening("vi", friday), Is.EqualTo(new DateTime(2026, 12, 8, 9, 0, 0)));
    }

    [Test]
    public void NextOpening_BeforeOpeningTheSameDay_IsThatMorning() =>
        Assert.That(TestHours.Directory().NextOpening("vi", TestHours.Monday(7)), Is.EqualTo(new DateTime(2026, 11, 30, 9, 0, 0)));

    [Test]
    public void OpenAlternative_VietnameseClosedAt19_OffersThePreferredOpenLanguage() =>
        Assert.That(TestHours.Directory().OpenAlternative("vi", ["ko", "en"], TestHours.Monday(19))?.Code, Is.EqualTo("ko"));

    [Test]
    public void OpenAlternative_EverythingClosed_IsNull() =>
        Assert.That(TestHours.Directory().OpenAlternative("vi", ["ko", "en"], TestHours.Monday(23)), Is.Null);

    [Test]
    public void ByMenuNumber_Twelve_IsKhmer() =>
        Assert.That(TestHours.Directory().ByMenuNumber(12)?.Code, Is.EqualTo("km"));
}
