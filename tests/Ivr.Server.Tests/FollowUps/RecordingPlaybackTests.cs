using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Ivr.Server.Authorization;
using Ivr.Server.Staffing;
using Ivr.Server.Telephony.Rest;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using System.Net.Http.Json;

namespace Ivr.Server.Tests.FollowUps;

/// <summary>A message plays through the server: the media fetched from Twilio with the account's credentials, streamed to the counselor.</summary>
public sealed class RecordingPlaybackTests
{
    private static readonly byte[] Media = [.. "RIFF"u8, 1, 2, 3, 4, .. "WAVEfmt "u8, 9, 9, 9];
    private readonly FakeTwilioMedia twilio = new();
    private IvrServerFactory server = null!;
    private HttpClient counselor = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        server = await IvrServerFactory.StartAsync(replaceServices: services =>
            services.AddHttpClient(TwilioRestClientServiceCollectionExtensions.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => twilio));
        var (client, userId) = await server.CreateSignedInUserAsync(Roles.Counselor);
        var operations = await server.CreateSignedInClientAsync(Roles.Operations);
        (await operations.PutAsJsonAsync("/api/staffing/counselors/c-ru", new CounselorRequest("Ivanova", new() { ["ru"] = 5 }, null, null, userId))).EnsureSuccessStatusCode();
        counselor = client;
    }

    [OneTimeTearDown]
    public async Task Stop() => await server.DisposeAsync();

    [SetUp]
    public void Reset() => twilio.Clear();

    [Test]
    public async Task Recording_StreamsTwiliosMediaWithTheAccountsCredentials()
    {
        twilio.Answer = _ => Wav();
        var task = await server.AddAsync("ru", TimeProvider.System.GetUtcNow());

        var response = await counselor.GetAsync($"/api/counselor/followups/{task.Id}/recording");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.EqualTo(Media));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("audio/x-wav"));
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True, "a caller's voice is not kept in caches");
        var request = twilio.Requests.Single();
        Assert.That(request.Path, Is.EqualTo($"/2010-04-01/Accounts/{IvrServerFactory.AccountSid}/Recordings/{task.RecordingSid}.wav"));
        Assert.That(request.Authorization, Is.EqualTo("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{IvrServerFactory.AccountSid}:{IvrServerFactory.AuthToken}"))));
    }

    [Test]
    public async Task Recording_RedirectedToStorage_FollowsWithoutTheCredentials()
    {
        twilio.Answer = request => request.RequestUri!.AbsolutePath.EndsWith(".wav", StringComparison.Ordinal) && request.Headers.Authorization is not null
            ? new HttpResponseMessage(HttpStatusCode.Redirect) { Headers = { Location = new Uri("https://media.example.org/signed/recording?sig=1") } }
            : Wav();
        var task = await server.AddAsync("ru", TimeProvider.System.GetUtcNow());

        var response = await counselor.GetAsync($"/api/counselor/followups/{task.Id}/recording");

        Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.EqualTo(Media));
        Assert.That(twilio.Requests.Select(request => (request.Path, request.Authorization is not null)),
            Is.EqualTo(new[] { ($"/2010-04-01/Accounts/{IvrServerFactory.AccountSid}/Recordings/{task.RecordingSid}.wav", true), ("/signed/recording", false) }));
    }

    [Test]
    public async Task Recording_TwilioHasNone_IsNotFound()
    {
        twilio.Answer = _ => new HttpResponseMessage(HttpStatusCode.NotFound);
        var task = await server.AddAsync("ru", TimeProvider.System.GetUtcNow());

        Assert.That((await counselor.GetAsync($"/api/counselor/followups/{task.Id}/recording")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Recording_TwilioFailing_IsABadGateway()
    {
        twilio.Answer = _ => new HttpResponseMessage(HttpStatusCode.Unauthorized);
        var task = await server.AddAsync("ru", TimeProvider.System.GetUtcNow());

        Assert.That((await counselor.GetAsync($"/api/counselor/followups/{task.Id}/recording")).StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
    }

    private static HttpResponseMessage Wav() => new(HttpStatusCode.OK)
    {
        Content = new ByteArrayContent(Media) { Headers = { ContentType = new MediaTypeHeaderValue("audio/x-wav") } },
    };

    /// <summary>Twilio's media host as the server's Twilio HttpClient reaches it: records each request, answers as told.</summary>
    private sealed class FakeTwilioMedia : HttpMessageHandler
    {
        private readonly List<(string Path, string? Authorization)> requests = [];

        public Func<HttpRequestMessage, HttpResponseMessage> Answer { get; set; } = _ => new HttpResponseMessage(HttpStatusCode.NotFound);

        public IReadOnlyList<(string Path, string? Authorization)> Requests
        {
            get
            {
                lock (requests)
                {
                    return [.. requests];
                }
            }
        }

        public void Clear()
        {
            lock (requests)
            {
                requests.Clear();
            }
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (requests)
            {
                requests.Add((request.RequestUri!.AbsolutePath, request.Headers.Authorization?.ToString()));
            }
            return Task.FromResult(Answer(request));
        }
    }
}
