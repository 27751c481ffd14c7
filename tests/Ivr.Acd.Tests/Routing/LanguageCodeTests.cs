using Ivr.Acd.Routing;

namespace Ivr.Acd.Tests.Routing;

/// <summary>The one rule for a language code, which the hours API, the webhooks and the routing rules all check.</summary>
public sealed class LanguageCodeTests
{
    [TestCase("ko")]
    [TestCase("fil")]
    [TestCase("haw")]
    [TestCase("abcdefgh")]
    [TestCase("zh-TW")]
    [TestCase("zh-Hant")]
    [TestCase("es-419")]
    public void TryParse_ACode_IsAccepted_AndKeptAsGiven(string text)
    {
        Assert.That(LanguageCode.TryParse(text, out var code), Is.True);
        Assert.That(code.Value, Is.EqualTo(text));
        Assert.That(code.ToString(), Is.EqualTo(text));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("k")]
    [TestCase("Ko")]
    [TestCase("KO")]
    [TestCase("abcdefghi")]
    [TestCase("ko-")]
    [TestCase("-ko")]
    [TestCase("zh-T")]
    [TestCase("zh-Hant-TW")]
    [TestCase("zh-Hants")]
    [TestCase("ko_KR")]
    [TestCase("../../etc")]
    [TestCase("ko kr")]
    [TestCase("한국어")]
    public void TryParse_NotACode_IsRefused(string? text)
    {
        Assert.That(LanguageCode.TryParse(text, out var code), Is.False);
        Assert.That(code, Is.EqualTo(default(LanguageCode)));
        Assert.That(LanguageCode.IsValid(text), Is.False);
    }

    [Test]
    public void EveryCode_FitsTheStaffingSkillColumn_AndTheRoutingRules()
    {
        const string longest = "abcdefgh-Hant";

        Assert.That(LanguageCode.IsValid(longest), Is.True);
        Assert.That(longest, Has.Length.LessThanOrEqualTo(16));
        Assert.DoesNotThrow(() => RulesPayload.ValidateLanguage(longest));
        Assert.DoesNotThrow(() => RulesPayload.ValidateLanguage("zh-TW"));
    }

    [TestCase("l01")]
    [TestCase("EN")]
    [TestCase("en_US")]
    public void RoutingRules_RefuseWhatTheRuleRefuses(string text) =>
        Assert.Throws<ArgumentException>(() => RulesPayload.ValidateLanguage(text));
}
