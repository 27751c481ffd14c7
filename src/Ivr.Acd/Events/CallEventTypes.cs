namespace Ivr.Acd.Events;

/// <summary>The event types a call goes through; the call-record writer folds them into one row per call.</summary>
public static class CallEventTypes
{
    // IVR (server): the caller in the menu.
    public const string CallArrived = "call.arrived";            // from, to (protected by the writer)
    public const string MenuStep = "menu.step";                  // node, digits
    public const string LanguageChosen = "menu.language";        // language
    public const string SelfServiceCompleted = "menu.self-service"; // branch
    public const string AfterHours = "menu.after-hours";         // language
    public const string Closed = "menu.closed";                  // language (emergency closure)
    public const string MessageLeft = "call.message-left";       // language, task (the follow-up task's id), seconds

    // ACD: the caller in the queue.
    public const string QueueJoined = "queue.joined";            // language, priority, tags (comma-separated; absent when none)
    public const string QueueFull = "queue.full";                // language
    public const string QueueLeft = "queue.left";                // language, reason (hangup | timeout | callback | transfer | message)
                                                                 // ACD adds: reason lost (heartbeat stopped), outcome, waited (ms)
    public const string Reserved = "queue.reserved";             // counselor, language; ACD adds reservation, deadline (unix ms),
                                                                 // idle (ms the counselor was available before: it ends their idle period)
    public const string ReservationRejected = "queue.rejected";  // counselor; ACD adds reservation, reason
    public const string ReservationMissed = "queue.missed";      // counselor (no answer or deadline); ACD adds reservation,
                                                                 // reason (noanswer | expired | signout)
    public const string Returned = "queue.returned";             // language, counselor (their leg ended before the caller joined
                                                                 // them: the caller is back in line at their place)
    public const string Overflowed = "queue.overflowed";         // from, to language
    public const string Tagged = "queue.tagged";                 // language, tag, priority (a tag added while in the engine)
    public const string OverflowAccepted = "queue.overflow-accepted"; // language, to (the caller consented to the overflow language)

    // ACD: callbacks. CallSid is the callback's id (AcdEngine.CallbackIdFor: cb-<original CallSid>); every one names
    // the original call in field original, whose queue.left (reason callback) comes with callback.requested. A callback
    // also goes through queue.reserved, queue.rejected and queue.missed like a caller; once connected it is an
    // ordinary call (call.ended, call.wrapped-up, transfers) under the callback's id.
    public const string CallbackRequested = "callback.requested";          // original, language, priority, notBefore (unix ms or empty)
    public const string CallbackDialling = "callback.dialling";            // original, counselor, language, reservation, attempt (1-based)
    public const string CallbackAttemptFailed = "callback.attempt-failed"; // original, counselor, reason (no-answer | busy | no-key |
                                                                           // failed | expired), attempt, next (unix ms; empty when it failed)
    public const string CallbackConnected = "callback.connected";          // original, counselor, language, attempt, dialled (CallSid), waited (ms)
    public const string CallbackFailed = "callback.failed";                // original, language, attempts, reason (the last attempt's)
    public const string CallbackCancelled = "callback.cancelled";          // original, language, reason, state, counselor (or empty)
    public const string CallbackScheduled = "callback.scheduled";          // original, language, notBefore (unix ms), reason (carry-over)

    // ACD: outbound calls (a counselor calls a number from the softphone). CallSid is the call's id (AcdEngine.NewOutboundId:
    // out-<hex>); from then on it is an ordinary call under that id (call.answered when the number answers, hold,
    // call.ended, call.wrapped-up).
    public const string OutboundStarted = "outbound.started";    // counselor, language, from (the number dialled; protected by
                                                                 // the writer like a caller's), task (the follow-up task's id or empty)
    public const string OutboundFailed = "outbound.failed";      // counselor, reason (busy | no-answer | failed | canceled, or
                                                                 // counselor-<status> when the counselor's own ring failed)

    // The conversation.
    public const string Answered = "call.answered";              // counselor
    public const string HoldStarted = "call.hold";
    public const string HoldEnded = "call.unhold";
    public const string Transferred = "call.transferred";        // to (language or counselor)
    public const string PartyAdded = "call.party-added";         // institution (the directory's id, else the label or number), number, party
    public const string PartyLeft = "call.party-left";           // party (its CallSid), institution, seconds (connected; Twilio's CallDuration)

    // The institution line: the caller is a partner institution asking for an interpreter (identified by its number or a keyed code).
    public const string InstitutionIdentified = "call.institution"; // institution (the directory's id), by (number | code)
    public const string CallEnded = "call.ended";                // status, duration
    public const string WrapUpCompleted = "call.wrapped-up";     // counselor (the ACD: wrap-up time ended)
    public const string OutcomeRecorded = "call.outcome";        // counselor, residencyStatus, topic, noteSealed (the counselor's form; the note sealed by the server)

    // Recording (server: Ivr consent before the queue, Recordings status callback). The recording's sid stays out of the
    // events (retention deletes it; stored events are kept longer): the records keep it in records.call_recordings.
    public const string RecordingConsent = "recording.consent";     // consent (given | refused), language
    public const string RecordingCompleted = "recording.completed"; // seconds (one event per recording: a transferred call may have several)

    // ACD: counselor presence. Added by the ACD; CallSid is the call concerned, or empty.
    public const string CounselorStateChanged = "counselor.state"; // counselor, state (offline | available | reserved |
                                                                   // oncall | wrapup | break | missed | removed), reason

    // A counselor's available (idle) period ended: fields counselor, seconds; CallSid empty. Gives occupancy its idle time.
    public const string CounselorIdle = "counselor.idle";

    // A scheduled reservation held or released (a lawyer session the counselor interprets): fields counselor, schedule,
    // action (hold | release), start, end (ms); CallSid empty.
    public const string CounselorScheduled = "counselor.scheduled";
}
