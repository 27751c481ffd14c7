using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Ivr.PhoneSim.Tests.Infrastructure;

namespace Ivr.PhoneSim.Tests.Rest;

/// <summary>The REST API answers errors with Twilio's status codes and error JSON.</summary>
public sealed class RestErrorTests
{
    private SimHarness harness = null!;
    private HttpClient http = null!;

    [SetUp]
    public async Task SetUp()
    {
        harness = await SimHarness.StartAsync();
        http = new HttpClient { BaseAddress = harness.Host.BaseUrl };
        Authorize(harness.AccountSid, SimHarness.AuthToken);
    }

    [TearDown]
    public async Task TearDown()
    {
        http.Dispose();
        await harness.DisposeAsync();
    }

    [Test]
    public async Task AnyResource_WrongToken_Returns401With20003()
    {
        Authorize(harness.AccountSid, "wrong");
        var (status, error) = await GetAsync($"/2010-04-01/Accounts/{harness.AccountSid}/Calls.json");
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(error.GetProperty("code").GetInt32(), Is.EqualTo(20003));
            Assert.That(error.GetProperty("status").GetInt32(), Is.EqualTo(401));
        });
    }

    [Test]
    public async Task FetchCall_UnknownSid_Returns404With20404()
    {
        var (status, error) = await GetAsync($"/2010-04-01/Accounts/{harness.AccountSid}/Calls/CA00000000000000000000000000000000.json");
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(error.GetProperty("code").GetInt32(), Is.EqualTo(20404));
            Assert.That(error.GetProperty("more_info").GetString(), Is.EqualTo("https://www.twilio.com/docs/errors/20404"));
        });
    }

    [Test]
    public async Task UpdateCall_CompletedCallRedirect_Returns400With21220()
    {
        harness.App.Twiml("/voice", "<Response><Hangup/></Response>");
        var call = await SimHarness.EndedAsync(harness.Call());
        var (status, error) = await PostAsync($"/2010-04-01/Accounts/{harness.AccountSid}/Calls/{call.Sid}.json", new() { ["Url"] = harness.App.Url("/x").ToString() });
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(error.GetProperty("code").GetInt32(), Is.EqualTo(21220));
        });
    }

    [TestCase("To", 21201)]
    [TestCase("From", 21213)]
    [TestCase("Url", 21205)]
    public async Task CreateCall_MissingParameter_Returns400WithTwilioCode(string missing, int code)
    {
        var form = new Dictionary<string, string> { ["To"] = "client:a", ["From"] = "+821345", ["Url"] = harness.App.Url("/x").ToString() };
        form.Remove(missing);
        var (status, error) = await PostAsync($"/2010-04-01/Accounts/{harness.AccountSid}/Calls.json", form);
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(error.GetProperty("code").GetInt32(), Is.EqualTo(code));
        });
    }

    [Test]
    public async Task DequeueMember_SecondRequestForSameCall_Returns400()
    {
        harness.App.Twiml("/voice", "<Response><Enqueue waitUrl=\"/wait\">english</Enqueue></Response>");
        harness.App.Twiml("/wait", "<Response><Pause length=\"5\"/></Response>");
        harness.App.Twiml("/counselor", "<Response><Hangup/></Response>");
        var call = harness.Call();
        await SimHarness.UntilAsync(() => harness.Sim.Queues.FindByName("english")?.CurrentSize == 1);
        var queueSid = harness.Sim.Queues.FindByName("english")!.Sid;
        var path = $"/2010-04-01/Accounts/{harness.AccountSid}/Queues/{queueSid}/Members/{call.Sid}.json";
        var form = new Dictionary<string, string> { ["Url"] = harness.App.Url("/counselor").ToString() };
        var (first, _) = await PostAsync(path, form);
        var (second, _) = await PostAsync(path, form);
        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(second, Is.EqualTo(HttpStatusCode.BadRequest));
        });
    }

    private void Authorize(string user, string password) =>
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password)));

    private async Task<(HttpStatusCode, JsonElement)> GetAsync(string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    private async Task<(HttpStatusCode, JsonElement)> PostAsync(string path, Dictionary<string, string> form)
    {
        using var content = new FormUrlEncodedContent(form);
        using var response = await http.PostAsync(new Uri(path, UriKind.Relative), content);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }
}
