using Ivr.Acd.Scripts.Arguments;

namespace Ivr.Acd.Scripts;

/// <summary>Every script of the ACD (<c>Scripts/commands/NAME.lua</c>) with its argument record.</summary>
internal static class AcdScripts
{
    public static readonly AcdScript<EnqueueArguments> Enqueue = new("enqueue");
    public static readonly AcdScript<MatchArguments> Match = new("match");
    public static readonly AcdScript<CallerStatusArguments> CallerStatus = new("caller_status");
    public static readonly AcdScript<TagCallerArguments> TagCaller = new("tag_caller");
    public static readonly AcdScript<AcceptOverflowArguments> AcceptOverflow = new("accept_overflow");
    public static readonly AcdScript<RemoveCallerArguments> RemoveCaller = new("remove_caller");
    public static readonly AcdScript<CallEndedArguments> CallEnded = new("call_ended");
    public static readonly AcdScript<ReservationArguments> Reservation = new("reservation");
    public static readonly AcdScript<PresenceArguments> Presence = new("presence");
    public static readonly AcdScript<UpsertCounselorArguments> UpsertCounselor = new("upsert_counselor");
    public static readonly AcdScript<RemoveCounselorArguments> RemoveCounselor = new("remove_counselor");
    public static readonly AcdScript<ScheduleArguments> Schedule = new("schedule");
    public static readonly AcdScript<SweepArguments> Sweep = new("sweep");
    public static readonly AcdScript<StatisticsArguments> Statistics = new("statistics");
    public static readonly AcdScript<ReturnToLineArguments> ReturnToLine = new("return_to_line");
    public static readonly AcdScript<TransferToLanguageArguments> TransferToLanguage = new("transfer_to_language");
    public static readonly AcdScript<TransferToCounselorArguments> TransferToCounselor = new("transfer_to_counselor");
    public static readonly AcdScript<ConsultStartArguments> ConsultStart = new("consult_start");
    public static readonly AcdScript<ConsultAnswerArguments> ConsultAnswer = new("consult_answer");
    public static readonly AcdScript<ConsultCompleteArguments> ConsultComplete = new("consult_complete");
    public static readonly AcdScript<ConsultEndArguments> ConsultEnd = new("consult_end");
    public static readonly AcdScript<RequestCallbackArguments> RequestCallback = new("request_callback");
    public static readonly AcdScript<CallbackConnectedArguments> CallbackConnected = new("callback_connected");
    public static readonly AcdScript<CallbackAttemptFailedArguments> CallbackAttemptFailed = new("callback_attempt_failed");
    public static readonly AcdScript<CancelCallbackArguments> CancelCallback = new("cancel_callback");
    public static readonly AcdScript<CarryOverCallbacksArguments> CarryOverCallbacks = new("carry_over_callbacks");
    public static readonly AcdScript<OutboundStartArguments> OutboundStart = new("outbound_start");
    public static readonly AcdScript<OutboundFailedArguments> OutboundFailed = new("outbound_failed");
}
