using Ivr.Server.Hours;
using Ivr.Server.Menus;

namespace Ivr.Server.Tests.Prompts;

/// <summary>Every prompt of a message a caller leaves has its text in all 20 languages, and the offers name key 3.</summary>
public sealed class MessagePromptTests
{
    private static readonly string[] MessageKeys = [PromptKeys.MessageOffer, PromptKeys.MessageRecord, PromptKeys.MessageSaved, PromptKeys.MessageEmpty];

    // The digit 3 as each language's text writes it: Western, Devanagari (ne), Khmer, Myanmar, Bengali.
    private static readonly string[] Threes = ["3", "३", "៣", "၃", "৩"];

    private static IEnumerable<string> Languages => DefaultLanguages.All.Select(language => language.Code);

    [Test]
    public void DefaultLanguages_AreTheTwenty() => Assert.That(Languages.Count(), Is.EqualTo(20));

    [Test]
    public void MessagePrompts_HaveTextInEveryLanguage([ValueSource(nameof(MessageKeys))] string key) =>
        Assert.That(Languages.Where(language => string.IsNullOrWhiteSpace(TestPrompts.Manifest.Text(key, language))), Is.Empty, key);

    [Test]
    public void Offers_NameTheMessageKeyInEveryLanguage([Values(PromptKeys.MessageOffer, PromptKeys.HoldOptions)] string key) =>
        Assert.That(Languages.Where(language => !Threes.Any(three => TestPrompts.Manifest.Text(key, language)!.Contains(three, StringComparison.Ordinal))), Is.Empty,
            $"{key} names key 3, the default menu's message key");

    [Test]
    public void DefaultMenu_MessageKeys_AreThree()
    {
        Assert.That(DefaultMenu.Definition.HoldOptions["3"], Is.EqualTo(MenuActions.Message));
        Assert.That(DefaultMenu.Definition.AfterHoursOptions["3"], Is.EqualTo(MenuActions.Message));
    }
}
