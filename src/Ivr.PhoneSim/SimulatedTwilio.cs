using System.Collections.Concurrent;
using System.Globalization;
using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Conferences;
using Ivr.PhoneSim.Execution;
using Ivr.PhoneSim.Journal;
using Ivr.PhoneSim.Messages;
using Ivr.PhoneSim.Parties;
using Ivr.PhoneSim.Queues;
using Ivr.PhoneSim.Recordings;
using Ivr.PhoneSim.Webhooks;

namespace Ivr.PhoneSim;

/// <summary>
/// The simulated Twilio: calls, queues, conferences, the TwiML executor and the parties, all on one clock.
/// Host it with <see cref="Rest.SimulatorHost"/> to serve Twilio's REST API over HTTP.
/// </summary>
public sealed class SimulatedTwilio : IPhoneLine, IAsyncDisposable
{
    private readonly ConcurrentDictionary<Task, byte> running = new();

    public SimulatedTwilio(SimulatorOptions options, TimeProvider clock, HttpClient http, ISimJournal journal, TimeProvider? httpClock = null)
    {
        Options = options;
        Clock = clock;
        Journal = journal;
        Calls = new CallRegistry(clock);
        Queues = new QueueRegistry(clock);
        Conferences = new ConferenceRegistry(this);
        Recordings = new RecordingRegistry(clock);
        Messages = new MessageRegistry(clock);
        MessageDelivery = new MessageDelivery(this);
        RecordingCallbacks = new RecordingCallbacks(this);
        Webhooks = new WebhookClient(http, options.AuthToken, options.WebhookTimeout, httpClock ?? TimeProvider.System, clock, journal);
        StatusCallbacks = new StatusCallbacks(this);
        Executor = new CallExecutor(this);
        Legs = new OutboundLegs(this);
    }

    public SimulatorOptions Options { get; }
    public TimeProvider Clock { get; }
    public ISimJournal Journal { get; }
    public CallRegistry Calls { get; }
    public QueueRegistry Queues { get; }
    public ConferenceRegistry Conferences { get; }
    public RecordingRegistry Recordings { get; }
    public RecordingCallbacks RecordingCallbacks { get; }

    /// <summary>The SMS sent through the Messages resource, and the virtual phones' inboxes.</summary>
    public MessageRegistry Messages { get; }
    public MessageDelivery MessageDelivery { get; }
    public PartyDirectory Parties { get; } = new();

    /// <summary>Where recording media URLs point: Twilio's API host until a <see cref="Rest.SimulatorHost"/> serves this simulator.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://api.twilio.com");

    /// <summary>An injected outage of the REST API (none unless a fault programme begins one).</summary>
    public Rest.RestOutage RestOutage { get; } = new();
    public WebhookClient Webhooks { get; }
    public StatusCallbacks StatusCallbacks { get; }
    public CallExecutor Executor { get; }
    public OutboundLegs Legs { get; }

    /// <summary>A caller dials the simulator's number: Twilio posts the number's Voice URL with CallStatus=ringing.</summary>
    public SimCall PlaceIncomingCall(string from, IParty party, Uri? voiceUrl = null)
    {
        var url = voiceUrl ?? Options.VoiceUrl ?? throw new InvalidOperationException("PhoneSim:VoiceUrl is not set.");
        var fallback = Options.VoiceFallbackUrl is { } fallbackUrl ? Instruction.Fetch(fallbackUrl) : null;
        var call = Calls.Create(new CallSetup(from, Options.PhoneNumber, CallDirections.Inbound, party, Fallback: fallback));
        Record(SimEventKinds.CallStatus, call, ("status", call.Status), ("from", from));
        Track(Executor.RunAsync(call, Instruction.Fetch(url, Options.VoiceMethod)));
        return call;
    }

    /// <summary>
    /// A REST redirect: the running TwiML is cancelled and the new TwiML runs. A dialed child leg, which runs no
    /// TwiML, leaves its &lt;Dial&gt; (the parent moves on) and starts running the new TwiML. False if not in progress.
    /// </summary>
    public bool Redirect(SimCall call, Instruction instruction)
    {
        if (call.Status != CallStatuses.InProgress)
        {
            return false;
        }
        if (call.IsExecuting)
        {
            return call.TryRedirect(instruction);
        }
        call.IsExecuting = true;
        call.Detach();
        Track(Executor.RunAsync(call, instruction));
        return true;
    }

    public void Answer(SimCall call)
    {
        if (call.SetStatus(CallStatuses.InProgress, Clock.GetUtcNow()))
        {
            OnStatusChanged(call);
            Notify(call, PartyEventKind.Answered, null);
        }
    }

    public void SetStatus(SimCall call, string status)
    {
        if (call.SetStatus(status, Clock.GetUtcNow()))
        {
            OnStatusChanged(call);
        }
    }

    public void EndCall(SimCall call, string status)
    {
        if (call.SetStatus(status, Clock.GetUtcNow()))
        {
            OnStatusChanged(call);
            Notify(call, PartyEventKind.Ended, status);
        }
    }

    public void HangUp(SimCall call)
    {
        if (!call.IsEnded)
        {
            call.MarkHungUpByParty();
            EndCall(call, CallStatuses.Completed);
        }
    }

    public void Fail(SimCall call, WebhookFailure failure)
    {
        call.ErrorCode = failure.Code.ToString(CultureInfo.InvariantCulture);
        RecordError(call, failure.Code, failure.Message);
        Record(SimEventKinds.Verb, call, ("verb", "Say"), ("text", SimulatorOptions.ApplicationError));
        Notify(call, PartyEventKind.Heard, SimulatorOptions.ApplicationError);
        EndCall(call, CallStatuses.Completed);
    }

    public void RecordError(SimCall call, int code, string message) =>
        Record(SimEventKinds.Error, call, ("code", code.ToString(CultureInfo.InvariantCulture)), ("message", message));

    public void Notify(SimCall call, PartyEventKind kind, string? detail) =>
        call.Party.OnEvent(call, new PartyEvent(kind, Clock.GetUtcNow(), detail), this);

    public void Record(string kind, SimCall? call, params (string Key, string? Value)[] data) =>
        Journal.Record(new SimEvent(Clock.GetUtcNow(), kind, call?.Sid, data.ToDictionary(d => d.Key, d => d.Value)));

    public void Track(Task task)
    {
        running[task] = 0;
        task.ContinueWith(t => running.TryRemove(t, out _), TaskScheduler.Default);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var call in Calls.All.Where(c => !c.IsEnded))
        {
            EndCall(call, CallStatuses.Completed);
        }
        // Faults were recorded where they happened; disposal only waits (bounded) for the calls to wind down.
        await Task.WhenAny(Task.WhenAll(running.Keys), Task.Delay(TimeSpan.FromSeconds(20)));
    }

    private void OnStatusChanged(SimCall call)
    {
        Record(SimEventKinds.CallStatus, call, ("status", call.Status), ("direction", call.Direction), ("to", call.To));
        StatusCallbacks.OnStatus(call, call.Status);
    }
}
