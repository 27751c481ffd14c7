using System.Threading.Channels;
using Ivr.PhoneSim.Calls;

namespace Ivr.PhoneSim.Parties;

/// <summary>
/// The simulator's stand-in for Twilio's Voice SDK device in a browser: the party for <c>client:{identity}</c>. Its
/// page watches <see cref="Watch"/> (server-sent events) and answers, declines or hangs up through the REST calls
/// of <see cref="Rest.DevicesApi"/>. A person answers in real time, whatever the simulator's clock.
/// </summary>
public sealed class BrowserDevice(string identity, IPhoneLine line) : IInteractiveParty
{
    private readonly Lock gate = new();
    private readonly List<Channel<DeviceSnapshot>> watchers = [];
    private SimCall? ringing;
    private TaskCompletionSource<RingAnswer>? choice;
    private SimCall? connected;

    public string Identity { get; } = identity;

    public DeviceSnapshot Snapshot
    {
        get
        {
            lock (gate)
            {
                return connected is { } call ? new(Identity, DeviceSnapshot.Connected, call.Sid)
                    : ringing is { } rung ? new(Identity, DeviceSnapshot.Ringing, rung.Sid)
                    : new(Identity, DeviceSnapshot.Ready, null);
            }
        }
    }

    // Only reached if a caller bypasses the interactive path: a device that is not watched cannot answer.
    public RingDecision OnRing(SimCall call) => new(RingAnswer.Ignore, TimeSpan.Zero);

    public async Task<RingAnswer> WaitForRingAnswerAsync(SimCall call, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var decided = new TaskCompletionSource<RingAnswer>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            if (ringing is not null || connected is not null)
            {
                return RingAnswer.Decline; // busy, as a device with a call already rings no second one
            }
            ringing = call;
            choice = decided;
        }
        Publish();
        var answer = RingAnswer.Ignore;
        try
        {
            answer = await decided.Task.WaitAsync(timeout, TimeProvider.System, cancellationToken);
            return answer;
        }
        catch (TimeoutException)
        {
            return RingAnswer.Ignore;
        }
        finally
        {
            lock (gate)
            {
                if (ringing == call)
                {
                    ringing = null;
                    choice = null;
                }
            }
            // An answered call is published once connected (or ended), not as ready in between.
            if (answer != RingAnswer.Answer)
            {
                Publish();
            }
        }
    }

    public KeyInput? OnGather(SimCall call, GatherPrompt prompt) => null;

    public void OnEvent(SimCall call, PartyEvent partyEvent, IPhoneLine phoneLine)
    {
        lock (gate)
        {
            if (partyEvent.Kind == PartyEventKind.Answered)
            {
                connected = call;
            }
            else if (partyEvent.Kind == PartyEventKind.Ended)
            {
                connected = connected == call ? null : connected;
            }
            else
            {
                return;
            }
        }
        Publish();
    }

    /// <summary>The person's choice for the ringing call; false if <paramref name="callSid"/> is not ringing here.</summary>
    public bool Choose(string callSid, RingAnswer answer)
    {
        lock (gate)
        {
            return ringing?.Sid == callSid && choice!.TrySetResult(answer);
        }
    }

    /// <summary>Hangs up the connected call; false if <paramref name="callSid"/> is not connected here.</summary>
    public bool HangUp(string callSid)
    {
        SimCall? call;
        lock (gate)
        {
            call = connected?.Sid == callSid ? connected : null;
        }
        if (call is null)
        {
            return false;
        }
        line.HangUp(call);
        return true;
    }

    /// <summary>The device's snapshots, the current one first, until <paramref name="cancellationToken"/> ends the watch.</summary>
    public async IAsyncEnumerable<DeviceSnapshot> Watch([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<DeviceSnapshot>(new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (gate)
        {
            watchers.Add(channel);
        }
        try
        {
            yield return Snapshot;
            await foreach (var snapshot in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return snapshot;
            }
        }
        finally
        {
            lock (gate)
            {
                watchers.Remove(channel);
            }
        }
    }

    private void Publish()
    {
        var snapshot = Snapshot;
        lock (gate)
        {
            foreach (var watcher in watchers)
            {
                watcher.Writer.TryWrite(snapshot);
            }
        }
    }
}
