namespace Ivr.Server.Tests.Hours;

/// <summary>When a language's opening ends, and the instant of a local time (for callbacks asked close to closing).</summary>
public sealed class HoursClosingTests
{
    [TestCase("vi", 10, 18)]
    [TestCase("ko", 21, 22)]
    public void ClosesAt_Open_IsTheEndOfTheOpening(string language, int hour, int closes) =>
        Assert.That(TestHours.Directory().ClosesAt(language, TestHours.Monday(hour)), Is.EqualTo(new DateTime(2026, 11, 30, closes, 0, 0)));

    [Test]
    public void ClosesAt_Closed_IsNull() => Assert.That(TestHours.Directory().ClosesAt("vi", TestHours.Monday(19)), Is.Null);

    [Test]
    public void ToInstant_SeoulLocalTime_IsThatInstant() =>
        Assert.That(TestHours.Directory().ToInstant(new DateTime(2026, 12, 1, 9, 0, 0)), Is.EqualTo(TestHours.Monday(9).AddDays(1)));
}
