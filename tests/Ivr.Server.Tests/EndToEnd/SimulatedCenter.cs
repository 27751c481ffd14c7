using Ivr.Acd.Engine;
using Ivr.PhoneSim;
using Ivr.PhoneSim.Journal;
using Ivr.PhoneSim.Rest;
using Ivr.PhoneSim.Time;
using Ivr.Server.Counselors;
using Ivr.Server.Staffing;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.EndToEnd;

/// <summary>
/// The whole center without Twilio: the real server (in memory, real Redis and PostgreSQL) and the phone simulator
/// as Twilio (its REST API on a loopback port; its webhooks signed as Twilio signs them).
/// </summary>
public sealed class SimulatedCenter : IAsyncDisposable
{
    private SimulatedCenter(IvrServerFactory server, SimulatedTwilio twilio, SimulatorHost host, MemoryJournal journal)
    {
        Server = server;
        Twilio = twilio;
        Host = host;
        Journal = journal;
    }

    public IvrServerFactory Server { get; private set; }

    public SimulatedTwilio Twilio { get; }

    public SimulatorHost Host { get; }

    public MemoryJournal Journal { get; }

    public AcdEngine Engine => Server.Services.GetRequiredService<AcdEngine>();

    /// <param name="kestrel">
    /// The server listens on a loopback port (for a browser); the simulator's webhooks then reach it over real HTTP,
    /// still addressed to http://localhost so their signatures hold.
    /// </param>
    public static async Task<SimulatedCenter> StartAsync(IDictionary<string, string?>? settings = null, bool kestrel = false, Action<IServiceCollection>? services = null)
    {
        var webhooks = new LateBoundHandler();
        var journal = new MemoryJournal();
        var twilio = new SimulatedTwilio(
            new SimulatorOptions
            {
                AccountSid = IvrServerFactory.AccountSid,
                AuthToken = IvrServerFactory.AuthToken,
                VoiceUrl = new Uri("http://localhost/twilio/voice/incoming"),
                StatusCallback = new Uri("http://localhost/twilio/voice/status"),
            },
            // Prompts play 20 times faster than real time; the server keeps real time (its timers are seconds long).
            new AcceleratedTimeProvider(20), new HttpClient(webhooks), journal);
        var host = await SimulatorHost.StartAsync(twilio);
        var overrides = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Twilio:Client:BaseUrlOverride"] = host.BaseUrl.ToString(),
            // Used when a test sets Softphone:Device to simulator: the page's device is the simulator's.
            ["Softphone:SimulatorUrl"] = host.BaseUrl.ToString(),
        };
        // A Monday at 10:00 in Seoul, when every language is open; the server's timers run in real time.
        var mondayMorning = new ShiftedTimeProvider(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.FromHours(9)));
        var server = await IvrServerFactory.StartAsync(overrides, collection =>
        {
            collection.AddSingleton<TimeProvider>(mondayMorning);
            services?.Invoke(collection);
        }, kestrel);
        webhooks.Bind(kestrel ? LoopbackHandler.To(server.KestrelAddress!) : server.Server.CreateHandler());
        return new SimulatedCenter(server, twilio, host, journal);
    }

    /// <summary>Restarts the server (Kestrel only) on the same data and port; calls in the simulator carry on.</summary>
    public async Task RestartServerAsync() => Server = await Server.RestartOnKestrelAsync();

    /// <summary>A counselor known to the ACD, signed in and available.</summary>
    public async Task SignInCounselorAsync(string id, params string[] languages)
    {
        await Engine.UpsertCounselorAsync(StaffingService.ToProfile(new Counselor
        {
            Id = id,
            DisplayName = id,
            Skills = [.. languages.Select(language => new CounselorSkill { Language = language, Level = 5 })],
        }));
        // As the softphone does: the reservations the sign-in makes are dispatched (the counselor is rung).
        await Server.Services.GetRequiredService<CounselorActions>().SetPresenceAsync(id, new PresenceRequest("available", null), CancellationToken.None);
    }

    /// <summary>
    /// Polls until <paramref name="condition"/> holds (the call flows on real timers); fails after 20 s with the
    /// simulator's journal. A look at Redis that times out (the fault tests restart and pause it under the server) is
    /// a "not yet": the server's own failures are what the tests count, not the observer's.
    /// </summary>
    public async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            try
            {
                if (await condition())
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is StackExchange.Redis.RedisException or TimeoutException)
            {
            }
            await Task.Delay(100);
        }
        var journal = string.Join('\n', Journal.Events.Select(e => $"{e.At:HH:mm:ss.fff} {e.Kind} {e.CallSid} {string.Join(' ', e.Data.Select(d => $"{d.Key}={d.Value}"))}"));
        Assert.Fail($"Timed out waiting until {what}. The simulator's journal:\n{journal}");
    }

    public async ValueTask DisposeAsync()
    {
        await Twilio.DisposeAsync();
        await Host.DisposeAsync();
        await Server.DisposeAsync();
    }
}
