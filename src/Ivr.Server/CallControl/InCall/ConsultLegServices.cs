using Ivr.Acd.Engine;
using Ivr.Server.Queueing;

namespace Ivr.Server.CallControl.InCall;

/// <summary>What the consult leg's status callback uses, bound with <c>[AsParameters]</c>.</summary>
public sealed record ConsultLegServices(
    AcdEngine Engine,
    CallLegs Legs,
    CallbackSequencer Sequencer,
    IMatchDispatcher Dispatcher,
    ConsultEnding Consults,
    ConferenceControl Conference,
    ICallStateObserver Observer,
    TimeProvider Time);
