using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Ivr.PhoneSim.Parties;
using Ivr.PhoneSim.Tests.Infrastructure;
using Twilio.Clients;
using Twilio.Rest.Api.V2010.Account;

namespace Ivr.PhoneSim.Tests.Rest;

/// <summary>The Recordings resource: fetched, listed and deleted with the Twilio C# library 8.2.0 as the server does, and the media behind Basic auth.</summary>
public sealed class RecordingsApiTests
{
    private SimHarness harness = null!;
    private TwilioRestClient client = null!;
    private HttpClient libraryHttp = null!;
    private HttpClient http = null!;

    [SetUp]
    public async Task SetUp()
    {
        harness = await SimHarness.StartAsync();
        (client, libraryHttp) = harness.Host.CreateTwilioClient();
        http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.ASCII.GetBytes($"{harness.AccountSid}:{SimHarness.AuthToken}")));
        harness.App.Twiml("/voice", "<Response><Record action=\"/recorded\" finishOnKey=\"#\"/></Response>");
        harness.App.Twiml("/recorded", "<Response><Hangup/></Response>");
    }

    [TearDown]
    public async Task TearDown()
    {
        http.Dispose();
        libraryHttp.Dispose();
        await harness.DisposeAsync();
    }

    private async Task<(string CallSid, string RecordingSid, Uri RecordingUrl)> RecordAsync(int seconds)
    {
        var call = harness.Sim.PlaceIncomingCall("+821012345678", new ScriptedParty([], record: new RecordInput(TimeSpan.FromSeconds(seconds), FinishKey: "#")));
        await SimHarness.EndedAsync(call);
        var action = harness.App.To("/recorded").Single(r => r["CallSid"] == call.Sid);
        return (call.Sid, action["RecordingSid"], new Uri(action["RecordingUrl"]));
    }

    [Test]
    public async Task Recording_FetchListDeleteWithTheTwilioLibrary_ThenNotFound()
    {
        var (callSid, recordingSid, _) = await RecordAsync(7);
        await RecordAsync(3);
        var fetched = await RecordingResource.FetchAsync(recordingSid, client: client);
        var forCall = await RecordingResource.ReadAsync(callSid: callSid, client: client);
        var all = await RecordingResource.ReadAsync(client: client);
        var deleted = await RecordingResource.DeleteAsync(recordingSid, client: client);
        var exception = Assert.ThrowsAsync<global::Twilio.Exceptions.ApiException>(() => RecordingResource.FetchAsync(recordingSid, client: client));
        Assert.Multiple(() =>
        {
            Assert.That(fetched.Sid, Is.EqualTo(recordingSid));
            Assert.That(fetched.CallSid, Is.EqualTo(callSid));
            Assert.That(fetched.Duration, Is.EqualTo("7"));
            Assert.That(fetched.Status, Is.EqualTo(RecordingResource.StatusEnum.Completed));
            Assert.That(fetched.Source, Is.EqualTo(RecordingResource.SourceEnum.Recordverb));
            Assert.That(fetched.Channels, Is.EqualTo(1));
            Assert.That(fetched.StartTime, Is.Not.Null);
            Assert.That(forCall.Select(r => r.Sid), Is.EqualTo(new[] { recordingSid }));
            Assert.That(all.Count(), Is.EqualTo(2));
            Assert.That(deleted, Is.True);
            Assert.That(exception!.Code, Is.EqualTo(20404));
            Assert.That(exception.Status, Is.EqualTo(404));
        });
    }

    [Test]
    public async Task Media_WavAndMp3_OfTheRecordedLength()
    {
        var (_, _, url) = await RecordAsync(2);
        using var wav = await http.GetAsync(url);
        var wavBytes = await wav.Content.ReadAsByteArrayAsync();
        using var mp3 = await http.GetAsync(url + ".mp3");
        var mp3Bytes = await mp3.Content.ReadAsByteArrayAsync();
        Assert.Multiple(() =>
        {
            Assert.That(wav.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(wav.Content.Headers.ContentType?.MediaType, Is.EqualTo("audio/x-wav"));
            Assert.That(Encoding.ASCII.GetString(wavBytes, 0, 4), Is.EqualTo("RIFF"));
            Assert.That(BitConverter.ToInt32(wavBytes, 24), Is.EqualTo(8000), "sample rate");
            Assert.That(wavBytes, Has.Length.EqualTo(44 + 2 * 8000 * 2), "2 s of 16-bit mono");
            Assert.That(mp3.Content.Headers.ContentType?.MediaType, Is.EqualTo("audio/mpeg"));
            Assert.That(mp3Bytes[..2], Is.EqualTo(new byte[] { 0xFF, 0xFB }));
        });
    }

    [Test]
    public async Task Media_WithoutCredentialsOrAfterDelete_Refused()
    {
        var (_, recordingSid, url) = await RecordAsync(2);
        using var anonymous = new HttpClient();
        using var unauthorized = await anonymous.GetAsync(new Uri(url + ".wav"));
        using var deleted = await http.DeleteAsync(new Uri(url + ".json"));
        using var gone = await http.GetAsync(new Uri(url + ".wav"));
        using var again = await http.DeleteAsync(new Uri(url + ".json"));
        Assert.Multiple(() =>
        {
            Assert.That(unauthorized.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(gone.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(harness.Sim.Recordings.Find(recordingSid), Is.Null);
        });
    }
}
