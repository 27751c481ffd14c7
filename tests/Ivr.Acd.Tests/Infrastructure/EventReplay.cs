using Ivr.Acd.Events;

namespace Ivr.Acd.Tests.Infrastructure;

/// <summary>
/// Replays the event stream in order and reports any moment where a caller (or callback) or a counselor held two
/// reservations (or a counselor was reserved while on a call or dialling a callback), any caller answered twice, and
/// any callback connected twice or dialled while already dialled, and any outbound call placed by a counselor who was busy.
/// </summary>
public static class EventReplay
{
    public static IReadOnlyList<string> DoubleAssignments(IReadOnlyList<CallEvent> events)
    {
        var violations = new List<string>();
        var callerReservation = new Dictionary<string, string>();
        var reservationCounselor = new Dictionary<string, string>();
        var counselorBusy = new Dictionary<string, string>();
        var answered = new HashSet<string>();
        var connectedCallbacks = new HashSet<string>();
        var dialling = new HashSet<string>();

        void Release(string callSid)
        {
            if (callerReservation.Remove(callSid, out var reservation) && reservationCounselor.Remove(reservation, out var counselor))
            {
                counselorBusy.Remove(counselor);
            }
        }

        foreach (var e in events)
        {
            switch (e.Type)
            {
                case CallEventTypes.Reserved:
                    var counselor = e.Fields["counselor"];
                    var reservation = e.Fields["reservation"];
                    if (callerReservation.ContainsKey(e.CallSid))
                    {
                        violations.Add($"caller {e.CallSid} reserved twice ({reservation})");
                    }
                    if (counselorBusy.TryGetValue(counselor, out var busyWith))
                    {
                        violations.Add($"counselor {counselor} reserved for {e.CallSid} while busy with {busyWith}");
                    }
                    callerReservation[e.CallSid] = reservation;
                    reservationCounselor[reservation] = counselor;
                    counselorBusy[counselor] = e.CallSid;
                    break;
                case CallEventTypes.Answered:
                    if (!answered.Add(e.CallSid))
                    {
                        violations.Add($"caller {e.CallSid} answered twice");
                    }
                    callerReservation.Remove(e.CallSid, out var answeredReservation);
                    reservationCounselor.Remove(answeredReservation ?? "");
                    break;
                case CallEventTypes.ReservationRejected or CallEventTypes.ReservationMissed or CallEventTypes.QueueLeft:
                    Release(e.CallSid);
                    break;
                case CallEventTypes.CallbackDialling:
                    if (!dialling.Add(e.CallSid))
                    {
                        violations.Add($"callback {e.CallSid} dialled while already dialled");
                    }
                    callerReservation.Remove(e.CallSid, out var dialledReservation);
                    reservationCounselor.Remove(dialledReservation ?? "");
                    break;
                case CallEventTypes.CallbackConnected:
                    if (!connectedCallbacks.Add(e.CallSid))
                    {
                        violations.Add($"callback {e.CallSid} connected twice");
                    }
                    dialling.Remove(e.CallSid);
                    break;
                case CallEventTypes.CallbackAttemptFailed or CallEventTypes.CallbackCancelled:
                    dialling.Remove(e.CallSid);
                    Release(e.CallSid);
                    if (e.Fields["counselor"] is { Length: > 0 } freed && counselorBusy.GetValueOrDefault(freed) == e.CallSid)
                    {
                        counselorBusy.Remove(freed);
                    }
                    break;
                case CallEventTypes.OutboundStarted:
                    if (counselorBusy.TryGetValue(e.Fields["counselor"], out var busyBefore))
                    {
                        violations.Add($"counselor {e.Fields["counselor"]} placed {e.CallSid} while busy with {busyBefore}");
                    }
                    counselorBusy[e.Fields["counselor"]] = e.CallSid;
                    break;
                case CallEventTypes.CallEnded or CallEventTypes.OutboundFailed:
                    counselorBusy.Remove(e.Fields["counselor"]);
                    break;
            }
        }
        return violations;
    }
}
