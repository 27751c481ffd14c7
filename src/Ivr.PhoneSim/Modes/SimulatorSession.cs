using Ivr.PhoneSim.Journal;
using Ivr.PhoneSim.Rest;
using Ivr.PhoneSim.Sample;
using Ivr.PhoneSim.Traffic;
using Ivr.PhoneSim.Time;

namespace Ivr.PhoneSim.Modes;

/// <summary>The simulator for one run of a mode: options from the command line, its REST API on --listen, the chosen clock.</summary>
public sealed class SimulatorSession : IAsyncDisposable
{
    private readonly HttpClient http;

    private SimulatorSession(SimulatedTwilio sim, SimulatorHost host, SampleCenter? sample, HttpClient http)
    {
        this.http = http;
        Sim = sim;
        Host = host;
        Sample = sample;
    }

    public SimulatedTwilio Sim { get; }
    public SimulatorHost Host { get; }

    /// <summary>The built-in sample center when started with --center sample (then --server is ignored).</summary>
    public SampleCenter? Sample { get; }

    public static async Task<SimulatorSession> StartAsync(CommandLine command, ISimJournal journal)
    {
        var sample = command.Text("center", "server") == "sample" ? await SampleCenter.StartAsync(LanguageMix.Default) : null;
        var server = (sample?.BaseUrl ?? command.Url("server", "http://127.0.0.1:5000")).ToString().TrimEnd('/');
        var options = new SimulatorOptions
        {
            VoiceUrl = new Uri(command.Text("voice-url", server + (sample is null ? "/twilio/voice/incoming" : "/voice"))),
            StatusCallback = new Uri(command.Text("status-url", server + (sample is null ? "/twilio/voice/status" : "/status"))),
        };
        options.AccountSid = command.Text("account-sid", options.AccountSid);
        options.AuthToken = command.Text("auth-token", options.AuthToken);
        var speed = command.Number("speed", 1);
        TimeProvider clock = speed > 1 ? new AcceleratedTimeProvider(speed) : TimeProvider.System;
        // Twilio follows at most 10 HTTP redirects (error 11215).
        var http = new HttpClient(new SocketsHttpHandler { MaxAutomaticRedirections = 10 });
        var sim = new SimulatedTwilio(options, clock, http, journal);
        var host = await SimulatorHost.StartAsync(sim, command.Text("listen", "http://127.0.0.1:5080"));
        await Console.Error.WriteLineAsync($"phone simulator: REST API at {host.BaseUrl} (account {options.AccountSid}), calling {options.VoiceUrl}, speed x{speed}");
        return new SimulatorSession(sim, host, sample, http);
    }

    /// <summary>With the sample center, its dispatcher rings the counselors; against a real server the server does.</summary>
    public Task RunSampleDispatcherAsync(IReadOnlyList<VirtualCounselor> counselors, CancellationToken cancellationToken) =>
        Sample is null ? Task.CompletedTask : new SampleDispatcher(Sim, Host.BaseUrl, LanguageMix.Default, counselors).RunAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await Sim.DisposeAsync();
        await Host.DisposeAsync();
        if (Sample is not null)
        {
            await Sample.DisposeAsync();
        }
        http.Dispose();
    }
}
