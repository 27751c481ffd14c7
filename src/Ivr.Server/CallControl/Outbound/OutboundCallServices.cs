using Ivr.Acd.Engine;
using Ivr.Server.CallControl.InCall;
using Ivr.Server.Queueing;

namespace Ivr.Server.CallControl.Outbound;

/// <summary>What the outbound call's webhooks use, bound with <c>[AsParameters]</c>.</summary>
public sealed record OutboundCallServices(
    AcdEngine Engine,
    CallLegs Legs,
    CallbackSequencer Sequencer,
    OutboundDial Dial,
    OutboundFailures Failures,
    IMatchDispatcher Dispatcher,
    ConferenceControl Conference,
    InCallEvents Events,
    ICallStateObserver Observer,
    TimeProvider Time,
    ILogger<OutboundDial> Logger);
