using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Ivr.Acd;
using Ivr.Acd.Events;
using Ivr.Server.Ivr;
using Ivr.Server.Queueing;
using Ivr.Server.Tests.Hours;
using Ivr.Server.Tests.Infrastructure;
using Ivr.Server.Tests.Prompts;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.Ivr;

/// <summary>
/// The real server for IVR tests: a FakeTimeProvider (Monday 10:00 Seoul unless told), the in-memory test queue,
/// a contact center of its own in the real Redis, and webhook requests signed exactly as Twilio signs them.
/// </summary>
public sealed class IvrTestServer : IAsyncDisposable
{
    private IvrTestServer(IvrServerFactory factory, FakeTimeProvider clock, RecordingCallerQueue queue, string contactCenter)
    {
        Factory = factory;
        Clock = clock;
        Queue = queue;
        Keys = new ContactCenterKeys(contactCenter);
        Client = factory.CreateClient();
    }

    public IvrServerFactory Factory { get; }

    public FakeTimeProvider Clock { get; }

    public RecordingCallerQueue Queue { get; }

    public ContactCenterKeys Keys { get; }

    public HttpClient Client { get; }

    public static async Task<IvrTestServer> StartAsync(DateTimeOffset? now = null, string? promptFolder = null, int queueCapacity = 100,
        IDictionary<string, string?>? settings = null)
    {
        var clock = new FakeTimeProvider((now ?? TestHours.Monday(10)).ToUniversalTime());
        var queue = new RecordingCallerQueue(queueCapacity, clock);
        var contactCenter = "ivr-test-" + Guid.NewGuid().ToString("N")[..12];
        var overrides = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Acd:ContactCenter"] = contactCenter,
            ["Prompts:Directory"] = promptFolder ?? TestPrompts.CreateFolder(),
        };
        var factory = await IvrServerFactory.StartAsync(
            overrides,
            services =>
            {
                services.AddSingleton<TimeProvider>(clock);
                services.AddSingleton<ICallerQueue>(queue);
            });
        return new IvrTestServer(factory, clock, queue, contactCenter);
    }

    /// <summary>Moves the fake clock forward to the next Monday at this Seoul hour (a FakeTimeProvider never goes back).</summary>
    public void MondayAt(int hour)
    {
        var target = TestHours.Monday(hour);
        while (target < Clock.GetUtcNow())
        {
            target = target.AddDays(7);
        }
        Clock.SetUtcNow(target.ToUniversalTime());
    }

    /// <summary>
    /// A webhook's form for the call. Each call comes from a caller of its own (a mobile number derived from the CallSid,
    /// the same on every webhook of the call), so no call hears the language an earlier test's call chose; a test about
    /// a caller calling again names their number with <c>("From", number)</c>.
    /// </summary>
    public static Dictionary<string, string> Call(string callSid, params (string Name, string Value)[] extra)
    {
        var form = new Dictionary<string, string>
        {
            ["AccountSid"] = IvrServerFactory.AccountSid,
            ["CallSid"] = callSid,
            ["From"] = CallerOf(callSid),
            ["To"] = "+821345",
            ["CallStatus"] = "in-progress",
            ["Direction"] = "inbound",
            ["ApiVersion"] = "2010-04-01",
        };
        foreach (var (name, value) in extra)
        {
            form[name] = value;
        }
        return form;
    }

    public static string NewCallSid() => "CA" + Guid.NewGuid().ToString("N");

    /// <summary>The number <see cref="Call"/> gives a call when the test names none: +8210 and eight digits from the CallSid.</summary>
    public static string CallerOf(string callSid) =>
        "+8210" + (BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes(callSid))) % 100_000_000).ToString("D8", CultureInfo.InvariantCulture);

    public Task<HttpResponseMessage> PostAsync(string pathAndQuery, Dictionary<string, string> form) =>
        Client.SendAsync(TwilioSigner.SignedPost("http://localhost" + pathAndQuery, form));

    /// <summary>Posts a signed webhook and returns its TwiML, failing unless the answer is 200 application/xml.</summary>
    public async Task<XDocument> TwimlAsync(string pathAndQuery, Dictionary<string, string> form)
    {
        var response = await PostAsync(pathAndQuery, form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/xml"));
        return XDocument.Parse(body);
    }

    /// <summary>Presses keys at the URL the last Gather named (its action), as Twilio would post them; from the call's number unless named.</summary>
    public Task<XDocument> PressAsync(XDocument twiml, string callSid, string digits, string? from = null) =>
        TwimlAsync(GatherAction(twiml), Call(callSid, [.. Pressed(digits), .. from is null ? [] : new[] { ("From", from) }]));

    /// <summary>
    /// The call's events, read once its session write has landed: a new call's first answer does not wait for that
    /// write (CallSessionStore.CreateBehind), so the read waits for it as the call's next step would.
    /// </summary>
    public async Task<List<CallEvent>> EventsAsync(string callSid)
    {
        await Factory.Services.GetRequiredService<CallSessionStore>().GetAsync(callSid);
        return [.. (await TestServices.RedisConnection.GetDatabase().StreamRangeAsync(Keys.Events))
            .Select(CallEventStream.FromEntry)
            .Where(callEvent => callEvent.CallSid == callSid)];
    }

    public static string GatherAction(XDocument twiml) => twiml.Descendants("Gather").Last().Attribute("action")!.Value;

    /// <summary>Every spoken text with its &lt;Say&gt; language, in order.</summary>
    public static List<(string? Language, string Text)> Said(XDocument twiml) =>
        [.. twiml.Descendants("Say").Select(say => (say.Attribute("language")?.Value, say.Value))];

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }

    private static (string, string)[] Pressed(string digits) =>
        digits.EndsWith('*') ? [("Digits", digits[..^1]), ("FinishedOnKey", "*")] : [("Digits", digits), ("FinishedOnKey", "")];
}
