using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Ivr.Server.Authorization;
using Ivr.Server.Prompts;
using Ivr.Server.Tests.Infrastructure;
using Ivr.Server.Tests.Ivr;

namespace Ivr.Server.Tests.Prompts;

/// <summary>The coverage matrix cell by cell: each cell's source and audio URL, agreeing with the coverage counts.</summary>
public sealed class PromptMatrixTests
{
    [Test]
    public async Task Matrix_CellsAgreeWithCoverage_AndAnUploadMakesACellRecorded()
    {
        await using var server = await IvrTestServer.StartAsync(promptFolder: TestPrompts.CreateFolder("ko/greeting.wav"));
        var operations = await server.Factory.CreateSignedInClientAsync(Roles.Operations);

        var cells = (await operations.GetFromJsonAsync<List<PromptCell>>("/api/ivr/prompts/matrix"))!;
        var coverage = (await operations.GetFromJsonAsync<List<PromptCoverageRow>>("/api/ivr/prompts/coverage"))!;

        Assert.That(cells, Has.Count.EqualTo(coverage.Count * TestPrompts.Manifest.Keys.Count()));
        foreach (var row in coverage)
        {
            var language = cells.Where(cell => cell.Language == row.Language).ToList();
            Assert.That((language.Count(c => c.Source == "recorded"), language.Count(c => c.Source == "synthesized"), language.Count(c => c.Source == "tts"), language.Count(c => c.Source == "missing")),
                Is.EqualTo((row.Recorded, row.Synthesized, row.TextToSpeechOnly, row.Missing)), row.Language);
        }
        var greeting = cells.Single(cell => cell.Language == "ko" && cell.Key == "greeting");
        Assert.That((greeting.Source, greeting.AudioUrl), Is.EqualTo(("synthesized", "/prompts/audio/ko/greeting.wav")));
        Assert.That(cells.Single(cell => cell.Language == "km" && cell.Key == "greeting").AudioUrl, Is.Null);

        var wave = new ByteArrayContent(TestPrompts.Wave);
        wave.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
        Assert.That((await operations.PutAsync("/api/ivr/prompts/km/greeting/recording", wave)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        var khmer = (await operations.GetFromJsonAsync<List<PromptCell>>("/api/ivr/prompts/matrix"))!.Single(cell => cell.Language == "km" && cell.Key == "greeting");
        Assert.That((khmer.Source, khmer.AudioUrl), Is.EqualTo(("recorded", "/prompts/recorded/km/greeting.wav")));
    }

    [Test]
    public async Task Upload_LanguageOffer_IsTheNumberedFileTheGreetingPlays()
    {
        await using var server = await IvrTestServer.StartAsync(promptFolder: TestPrompts.CreateFolder());
        var operations = await server.Factory.CreateSignedInClientAsync(Roles.Operations);
        var wave = new ByteArrayContent(TestPrompts.Wave);
        wave.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");

        var upload = await operations.PutAsync("/api/ivr/prompts/km/language-offer/recording", wave);

        Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var cell = (await operations.GetFromJsonAsync<List<PromptCell>>("/api/ivr/prompts/matrix"))!.Single(c => c.Language == "km" && c.Key == "language-offer");
        Assert.That((cell.Source, cell.AudioUrl), Is.EqualTo(("recorded", "/prompts/recorded/km/language-offer%4012.wav")));
        var greeting = await server.TwimlAsync("/twilio/voice/incoming", IvrTestServer.Call(IvrTestServer.NewCallSid()));
        Assert.That(greeting.Descendants("Play").Select(play => play.Value), Does.Contain("/prompts/recorded/km/language-offer%4012.wav"));
    }
}
