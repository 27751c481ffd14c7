using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Journal;
using Ivr.PhoneSim.Parties;
using Ivr.PhoneSim.Rest;
using Ivr.PhoneSim.Time;

namespace Ivr.PhoneSim.Tests.Infrastructure;

/// <summary>
/// The simulator on loopback against a <see cref="TwimlTestApp"/>. Virtual time runs 200 times faster than real
/// time, so a 5 s Gather timeout takes 25 ms; tests assert on what happened, never on how long it took.
/// </summary>
public sealed class SimHarness : IAsyncDisposable
{
    public const string AuthToken = "test-auth-token-0123456789abcdef";
    private readonly HttpClient http;

    private SimHarness(TwimlTestApp app, SimulatedTwilio sim, SimulatorHost host, MemoryJournal journal, HttpClient http)
    {
        this.http = http;
        App = app;
        Sim = sim;
        Host = host;
        Journal = journal;
    }

    public TwimlTestApp App { get; }
    public SimulatedTwilio Sim { get; }
    public SimulatorHost Host { get; }
    public MemoryJournal Journal { get; }
    public string AccountSid => Sim.Options.AccountSid;

    public static async Task<SimHarness> StartAsync(TimeProvider? httpClock = null, TimeSpan? webhookTimeout = null)
    {
        var app = await TwimlTestApp.StartAsync(AuthToken);
        var options = new SimulatorOptions
        {
            AuthToken = AuthToken,
            VoiceUrl = app.Url("/voice"),
            StatusCallback = app.Url("/status"),
            WebhookTimeout = webhookTimeout ?? TimeSpan.FromSeconds(15),
        };
        var journal = new MemoryJournal();
        var http = new HttpClient();
        var sim = new SimulatedTwilio(options, new AcceleratedTimeProvider(200), http, journal, httpClock);
        var host = await SimulatorHost.StartAsync(sim);
        return new SimHarness(app, sim, host, journal, http);
    }

    public SimCall Call(params string?[] keysPerGather) => Sim.PlaceIncomingCall("+821012345678", new ScriptedParty(keysPerGather));

    public static async Task<SimCall> EndedAsync(SimCall call)
    {
        await call.Completion.WaitAsync(TimeSpan.FromSeconds(30));
        return call;
    }

    /// <summary>Waits (up to 30 s real time) until the condition holds; the simulator runs on its own.</summary>
    public static async Task UntilAsync(Func<bool> condition)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(5, limit.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Sim.DisposeAsync();
        await Host.DisposeAsync();
        await App.DisposeAsync();
        http.Dispose();
    }
}
