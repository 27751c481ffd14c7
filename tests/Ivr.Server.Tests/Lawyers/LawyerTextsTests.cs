using Ivr.Server.Lawyers;

namespace Ivr.Server.Tests.Lawyers;

/// <summary>The caller's SMS texts: every language of the center has its own four, each naming the session's time.</summary>
public sealed class LawyerTextsTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 14, 0, 0, TimeSpan.FromHours(9));

    [Test]
    public void EveryLanguage_HasItsOwnTexts_NamingTheTime()
    {
        Assert.That(LawyerTexts.Languages, Is.EquivalentTo(LawyerRequest.KnownLanguages), "the 20 languages of the lines");
        foreach (var language in LawyerRequest.KnownLanguages)
        {
            var texts = Enum.GetValues<LawyerTexts.Kind>().Select(kind => LawyerTexts.For(language, kind, At)).ToList();
            Assert.That(texts, Is.All.Contain("2026-12-01 14:00").And.All.StartWith("[1345]"), language);
            Assert.That(texts.Distinct().Count(), Is.EqualTo(Enum.GetValues<LawyerTexts.Kind>().Length), language);
            if (language != "en")
            {
                Assert.That(texts.Intersect(Enum.GetValues<LawyerTexts.Kind>().Select(kind => LawyerTexts.For("en", kind, At))), Is.Empty, $"{language} is not English");
            }
        }
    }
}
