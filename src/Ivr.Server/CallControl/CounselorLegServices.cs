using Ivr.Acd.Engine;
using Ivr.Server.CallControl.Callbacks;
using Ivr.Server.CallControl.InCall;
using Ivr.Server.Queueing;

namespace Ivr.Server.CallControl;

/// <summary>What the counselor leg's status callback uses, bound with <c>[AsParameters]</c>.</summary>
public sealed record CounselorLegServices(
    AcdEngine Engine,
    CallLegs Legs,
    CallbackSequencer Sequencer,
    IMatchDispatcher Dispatcher,
    ConferenceControl Conference,
    CounselorLegHangUps HangUps,
    PublicUrls Urls,
    ICallStateObserver Observer,
    CallbackDial CallbackDial,
    CallbackAttempts CallbackAttempts,
    TimeProvider Time,
    ILogger<CallLegs> Logger);
