using Ivr.Server.Configuration;
using Ivr.Server.Hours;
using Ivr.Server.Ivr;
using Ivr.Server.Tests.Hours;

namespace Ivr.Server.Tests.Ivr;

/// <summary>The rules of remembering a caller's language: what is kept, for how long, and what a key at the offer means.</summary>
public sealed class RememberedLanguageRulesTests
{
    private static readonly DateTimeOffset Now = TestHours.Monday(10);
    private static readonly RememberedLanguageSettings ThirtyDays = new(30);

    private static string? Offerable(string? entry, RememberedLanguageSettings? settings = null, HoursDirectory? hours = null) =>
        RememberedLanguageRules.Offerable(entry, settings ?? ThirtyDays, hours ?? TestHours.Directory(), Now);

    [Test]
    public void Entry_IsTheLanguageAndWhenItWasChosen_NothingElse() =>
        Assert.That(RememberedLanguageRules.Entry("vi", Now), Is.EqualTo($"vi|{Now.ToUnixTimeSeconds()}"));

    [Test]
    public void Offerable_ChosenYesterday_IsOffered() =>
        Assert.That(Offerable(RememberedLanguageRules.Entry("vi", Now.AddDays(-1))), Is.EqualTo("vi"));

    [Test]
    public void Offerable_ChosenLongerAgoThanTheDays_IsNot()
    {
        Assert.That(Offerable(RememberedLanguageRules.Entry("vi", Now.AddDays(-30))), Is.Null);
        Assert.That(Offerable(RememberedLanguageRules.Entry("vi", Now.AddDays(-8)), new RememberedLanguageSettings(7)), Is.Null,
            "shortening the days takes effect at once, before the older entries expire in Redis");
    }

    [Test]
    public void Offerable_Off_OffersNothing() =>
        Assert.That(Offerable(RememberedLanguageRules.Entry("vi", Now.AddMinutes(-1)), new RememberedLanguageSettings(0)), Is.Null);

    [Test]
    public void Offerable_OptedOut_OffersNothing() =>
        Assert.That(Offerable(RememberedLanguageRules.OptOutEntry(Now.AddDays(-1))), Is.Null);

    [Test]
    public void Offerable_ALanguageNoLongerServed_IsNot()
    {
        var withoutVietnamese = new HoursDirectory(
            DefaultLanguages.All.Select(line => line.Code == "vi" ? line with { Enabled = false } : line), [], Closure.None, TestHours.Seoul);

        Assert.That(Offerable(RememberedLanguageRules.Entry("vi", Now.AddDays(-1)), hours: withoutVietnamese), Is.Null);
        Assert.That(Offerable(RememberedLanguageRules.Entry("xx", Now.AddDays(-1))), Is.Null);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("vi")]
    [TestCase("vi|yesterday")]
    [TestCase("vi|1|2")]
    public void Offerable_NothingOrMalformed_OffersNothing(string? entry) =>
        Assert.That(Offerable(entry), Is.Null);

    [TestCase("*", RememberedLanguageAnswer.Accepted)]
    [TestCase("9", RememberedLanguageAnswer.OptedOut)]
    [TestCase("", RememberedLanguageAnswer.Nothing)]
    [TestCase("9*", RememberedLanguageAnswer.MenuKeys)]
    [TestCase("3*", RememberedLanguageAnswer.MenuKeys)]
    [TestCase("0", RememberedLanguageAnswer.MenuKeys)]
    public void Answer_KeysAtTheOffer_MeanWhatTheOfferSays(string keys, RememberedLanguageAnswer expected) =>
        Assert.That(RememberedLanguageRules.Answer(keys), Is.EqualTo(expected));

    [TestCase(0, true)]
    [TestCase(30, true)]
    [TestCase(365, true)]
    [TestCase(-1, false)]
    [TestCase(366, false)]
    public void Problem_DaysFromOffToAYear_AreAccepted(int days, bool accepted) =>
        Assert.That(RememberedLanguageSettings.Problem(days), accepted ? Is.Null : Is.Not.Null);
}
