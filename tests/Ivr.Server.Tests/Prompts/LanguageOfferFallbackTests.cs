using Ivr.Server.Tests.Infrastructure;

namespace Ivr.Server.Tests.Prompts;

public sealed class LanguageOfferFallbackTests
{
    [Test]
    public async Task Greeting_LanguageWithoutVoiceOrRecording_IsNotOfferedInAnotherLanguagesWords()
    {
        // The repository's prompts without generated audio: Khmer (12*) has neither audio nor a Twilio voice.
        await using var factory = await IvrServerFactory.StartAsync();
        var call = new Dictionary<string, string>
        {
            ["AccountSid"] = IvrServerFactory.AccountSid,
            ["CallSid"] = "CA00000000000000000000000000000012",
            ["From"] = "+821012345678",
            ["To"] = "+821345",
            ["CallStatus"] = "ringing",
        };

        var response = await factory.CreateClient().SendAsync(TwilioSigner.SignedPost("http://localhost/twilio/voice/incoming", call));
        var twiml = await response.Content.ReadAsStringAsync();

        Assert.That(twiml, Does.Contain("For English, press 2 and then star."));
        Assert.That(twiml, Does.Not.Contain("press 12 and then star"), "Khmer must not be offered as English");
    }
}
