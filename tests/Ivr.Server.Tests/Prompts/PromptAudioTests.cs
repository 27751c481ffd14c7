using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Ivr.Server.Authorization;
using Ivr.Server.Prompts;
using Ivr.Server.Tests.Infrastructure;
using Ivr.Server.Tests.Ivr;
using static Ivr.Server.Tests.Ivr.IvrTestServer;

namespace Ivr.Server.Tests.Prompts;

/// <summary>Audio is preferred to text-to-speech, served at stable URLs with caching headers, and recordings replace synthesis.</summary>
public sealed class PromptAudioTests
{
    private IvrTestServer server = null!;
    private HttpClient operations = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        server = await IvrTestServer.StartAsync(promptFolder: TestPrompts.CreateFolder("ko/greeting.wav", "en/greeting.wav", "common/hold-music.wav"));
        operations = await server.Factory.CreateSignedInClientAsync(Roles.Operations);
    }

    [OneTimeTearDown]
    public async Task Stop() => await server.DisposeAsync();

    [Test]
    public async Task Incoming_SynthesizedGreeting_IsPlayedAndServedWithCachingHeaders()
    {
        var twiml = await server.TwimlAsync("/twilio/voice/incoming", Call(NewCallSid()));

        var plays = twiml.Descendants("Play").Select(play => play.Value).ToList();
        Assert.That(plays, Does.Contain("/prompts/audio/ko/greeting.wav"));
        var audio = await server.Client.GetAsync("/prompts/audio/ko/greeting.wav");
        Assert.That(audio.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(audio.Headers.CacheControl?.Public, Is.True);
        Assert.That(audio.Headers.CacheControl?.MaxAge, Is.EqualTo(TimeSpan.FromHours(1)));
        Assert.That(await audio.Content.ReadAsByteArrayAsync(), Is.EqualTo(TestPrompts.Wave));
    }

    [Test]
    public async Task Upload_Recording_ReplacesTheSynthesizedPromptAndIsAudited()
    {
        var content = new ByteArrayContent(TestPrompts.Wave);
        content.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");

        var upload = await operations.PutAsync("/api/ivr/prompts/en/greeting/recording", content);

        Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var twiml = await server.TwimlAsync("/twilio/voice/incoming", Call(NewCallSid()));
        Assert.That(twiml.Descendants("Play").Select(play => play.Value), Does.Contain("/prompts/recorded/en/greeting.wav"));
        Assert.That((await server.Client.GetAsync("/prompts/recorded/en/greeting.wav")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Upload_LargerThanTheLimit_Answers413BeforeBuffering()
    {
        var content = new ByteArrayContent(new byte[PromptsApi.MaxRecordingBytes + 1]);
        content.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");

        var upload = await operations.PutAsync("/api/ivr/prompts/en/greeting/recording", content);

        Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
    }

    [Test]
    public async Task Upload_Mp3Recording_IsStoredAsTelephoneWave()
    {
        var mp3 = await File.ReadAllBytesAsync(Path.Combine(TestContext.CurrentContext.TestDirectory, "Prompts", "Fixtures", "tone-440hz-1s.mp3"));
        var content = new ByteArrayContent(mp3);
        content.Headers.ContentType = new MediaTypeHeaderValue("audio/mpeg");

        var upload = await operations.PutAsync("/api/ivr/prompts/en/goodbye/recording", content);

        Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var stored = await (await server.Client.GetAsync("/prompts/recorded/en/goodbye.wav")).Content.ReadAsByteArrayAsync();
        Assert.That(TelephoneWave.Convert(stored, out _)!.Converted, Is.False, "stored as 8 kHz mono 16-bit PCM, what Twilio plays");
    }

    [TestCase("en", "greeting", "not audio")]
    [TestCase("en", "greeting", "ID3 not really an mp3")]
    [TestCase("xx", "greeting", "RIFF....WAVE")]
    [TestCase("en", "no-such-key", "RIFF....WAVE")]
    public async Task Upload_BadRecording_Answers400(string language, string key, string body)
    {
        var content = new StringContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");

        var upload = await operations.PutAsync($"/api/ivr/prompts/{language}/{key}/recording", content);

        Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Hold_WithHoldMusic_PlaysItBetweenAnnouncements()
    {
        var callSid = NewCallSid();
        await server.PressAsync(await server.TwimlAsync("/twilio/voice/incoming", Call(callSid)), callSid, "2*");

        var twiml = await server.TwimlAsync("/twilio/voice/hold?language=en", Call(callSid));

        Assert.That(twiml.Descendants("Play").Single().Value, Is.EqualTo("/prompts/audio/common/hold-music.wav"));
    }

    [Test]
    public async Task Coverage_DefaultLanguages_CountsEachSource()
    {
        var rows = await operations.GetFromJsonAsync<List<PromptCoverageRow>>("/api/ivr/prompts/coverage");

        var korean = rows!.Single(row => row.Language == "ko");
        var khmer = rows!.Single(row => row.Language == "km");
        Assert.That(korean.Synthesized, Is.EqualTo(1));
        Assert.That(korean.TextToSpeechOnly, Is.EqualTo(TestPrompts.Manifest.Keys.Count() - 1));
        Assert.That(khmer.Missing, Is.EqualTo(TestPrompts.Manifest.Keys.Count()));
        Assert.That(khmer.NeedsRecording, Does.Contain("greeting"));
    }
}
