using Ivr.Acd.Engine;
using Ivr.Server.Configuration;
using Ivr.Server.Ivr;
using Ivr.Server.Queueing;
using Microsoft.Extensions.Options;

namespace Ivr.Server.CallControl.Callbacks;

/// <summary>What the dialled callback call's webhooks use, bound with <c>[AsParameters]</c>.</summary>
public sealed record CallbackCallServices(
    AcdEngine Engine,
    CallLegs Legs,
    CallbackAttempts Attempts,
    CallbackSequencer Sequencer,
    IMatchDispatcher Dispatcher,
    CounselorLegHangUps HangUps,
    ICallStateObserver Observer,
    ConfigurationCache Configuration,
    IvrTwiml Twiml,
    IOptions<CallbackOptions> Options,
    TimeProvider Time);
