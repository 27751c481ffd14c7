using Ivr.PhoneSim.Journal;
using Ivr.PhoneSim.Rest;
using Ivr.PhoneSim.Time;

namespace Ivr.PhoneSim.Modes;

/// <summary>The simulator for one run of a mode: options from the command line, its REST API on --listen, the chosen clock.</summary>
public sealed class SimulatorSession : IAsyncDisposable
{
    private readonly HttpClient http = new();

    private SimulatorSession(SimulatedTwilio sim, SimulatorHost host)
    {
        Sim = sim;
        Host = host;
    }

    public SimulatedTwilio Sim { get; }
    public SimulatorHost Host { get; }

    public static async Task<SimulatorSession> StartAsync(CommandLine command, ISimJournal journal)
    {
        var server = command.Url("server", "http://127.0.0.1:5000").ToString().TrimEnd('/');
        var options = new SimulatorOptions
        {
            VoiceUrl = new Uri(command.Text("voice-url", server + "/twilio/voice/incoming")),
            StatusCallback = new Uri(command.Text("status-url", server + "/twilio/voice/status")),
        };
        options.AccountSid = command.Text("account-sid", options.AccountSid);
        options.AuthToken = command.Text("auth-token", options.AuthToken);
        var speed = command.Number("speed", 1);
        TimeProvider clock = speed > 1 ? new AcceleratedTimeProvider(speed) : TimeProvider.System;
        var sim = new SimulatedTwilio(options, clock, new HttpClient(), journal);
        var host = await SimulatorHost.StartAsync(sim, command.Text("listen", "http://127.0.0.1:5080"));
        await Console.Error.WriteLineAsync($"phone simulator: REST API at {host.BaseUrl} (account {options.AccountSid}), calling {options.VoiceUrl}, speed x{speed}");
        return new SimulatorSession(sim, host);
    }

    public async ValueTask DisposeAsync()
    {
        await Sim.DisposeAsync();
        await Host.DisposeAsync();
        http.Dispose();
    }
}
