using Ivr.Server.Prompts;
using Ivr.Server.Tests.Ivr;

namespace Ivr.Server.Tests.Prompts;

public sealed class LanguageOfferFallbackTests
{
    [Test]
    public async Task Greeting_LanguagesWithoutVoiceOrRecording_AreOfferedByNameInTheirFallbackLanguage()
    {
        // Prompts without audio: km, my, si (fallback English) and uz, kk, mn (fallback Russian) have neither audio
        // nor a Twilio voice for their own offer.
        await using var server = await IvrTestServer.StartAsync(promptFolder: TestPrompts.CreateFolder());

        var twiml = await server.TwimlAsync("/twilio/voice/incoming", IvrTestServer.Call(IvrTestServer.NewCallSid()));

        var says = twiml.Descendants("Say").Select(say => (Text: say.Value, Language: (string?)say.Attribute("language"))).ToList();
        Assert.That(says, Does.Contain(("For English, press 2 and then star.", (string?)"en-US")));
        Assert.That(says, Does.Contain(("For Khmer, press 12 and then star.", (string?)"en-US")));
        Assert.That(says, Does.Contain(("For Burmese, press 13 and then star.", (string?)"en-US")));
        Assert.That(says, Does.Contain(("For Sinhala, press 15 and then star.", (string?)"en-US")));
        Assert.That(says, Does.Contain(("Для языка «монгольский» нажмите 7, а затем звёздочку.", (string?)"ru-RU")));
        Assert.That(says, Does.Contain(("Для языка «узбекский» нажмите 17, а затем звёздочку.", (string?)"ru-RU")));
        Assert.That(says, Does.Contain(("Для языка «казахский» нажмите 20, а затем звёздочку.", (string?)"ru-RU")));
        Assert.That(says.Select(say => say.Text), Has.None.Contains("English, press 12"), "Khmer must not be offered as English");
    }

    [TestCase("km", "en", "Khmer")]
    [TestCase("km", "ko", "크메르어")]
    [TestCase("uz", "ru", "узбекский")]
    public void NameOf_Language_IsItsNameInTheSpokenLanguage(string language, string spokenIn, string expected) =>
        Assert.That(LanguageNames.NameOf(language, spokenIn), Is.EqualTo(expected));

    [Test]
    public void NameOf_LeavesTheCurrentUiCultureAlone()
    {
        var before = System.Globalization.CultureInfo.CurrentUICulture;

        LanguageNames.NameOf("si", "ko");

        Assert.That(System.Globalization.CultureInfo.CurrentUICulture, Is.EqualTo(before));
    }
}
