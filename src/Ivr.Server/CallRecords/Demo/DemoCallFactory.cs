using Ivr.Acd.Engine;
using Ivr.Server.CallRecords.Model;
using Ivr.Server.CallRecords.Privacy;

namespace Ivr.Server.CallRecords.Demo;

/// <summary>Makes one demo call row of a kind, with plausible menu time, wait, talk, hold and wrap-up drawn from a seeded random source.</summary>
public sealed class DemoCallFactory(Random random, CallerProtector protector, int callerPool)
{
    private static readonly TimeSpan Seoul = TimeSpan.FromHours(9);
    private static readonly string[] Institutions = ["police", "hospital", "prosecutors", "fss", "labour-office"];

    public CallRecord Create(string callSid, DemoCalendar.Slot slot, string language, DemoCallKind kind, string? residency, string? topic)
    {
        var arrived = new DateTimeOffset(slot.Day.ToDateTime(new TimeOnly(slot.Hour, 0)), Seoul).AddSeconds(random.Next(3600));
        var call = new CallRecord
        {
            CallSid = callSid, ArrivedAt = arrived, Day = slot.Day, Hour = (short)slot.Hour, Dialed = "1345",
            CallerHash = CallerHash(), EventCount = 0,
        };
        var menuEnd = arrived.AddSeconds(8 + random.Next(40));
        switch (kind)
        {
            case DemoCallKind.SelfService:
                call.MenuPath = "main:1";
                call.SelfService = random.Next(3) switch { 0 => "office-hours", 1 => "visa-lookup", _ => "fax" };
                call.EndedAt = menuEnd.AddSeconds(30 + random.Next(90));
                call.Outcome = CallOutcome.SelfService;
                return call;
            case DemoCallKind.AbandonedInMenu:
                call.EndedAt = menuEnd;
                call.Outcome = CallOutcome.AbandonedInMenu;
                return call;
            case DemoCallKind.AfterHours:
                call.Language = language;
                call.EndedAt = menuEnd.AddSeconds(20);
                call.Outcome = CallOutcome.AfterHours;
                return call;
        }
        call.Language = language;
        call.QueueJoinedAt = menuEnd;
        if (kind == DemoCallKind.AbandonedInQueue)
        {
            call.WaitSeconds = Math.Round(Math.Min(900, Exponential(45)), 3);
            call.QueueLeftAt = call.EndedAt = menuEnd.AddSeconds(call.WaitSeconds.Value);
            call.QueueLeaveReason = "hangup";
            call.Outcome = CallOutcome.AbandonedInQueue;
            return call;
        }
        if (kind == DemoCallKind.Callback)
        {
            call.WaitSeconds = Math.Round(Math.Min(900, 30 + Exponential(90)), 3);
            call.QueueLeftAt = menuEnd.AddSeconds(call.WaitSeconds.Value);
            call.EndedAt = call.QueueLeftAt.Value.AddSeconds(15); // the number confirmed, goodbye
            call.QueueLeaveReason = "callback";
            call.Outcome = CallOutcome.Callback;
            return call;
        }
        call.WaitSeconds = Math.Round(Math.Min(900, Exponential(22)), 3);
        Converse(call, menuEnd.AddSeconds(call.WaitSeconds.Value), language);
        call.ResidencyStatus = residency;
        call.Topic = topic;
        call.Institution = random.NextDouble() < 0.03 ? Institutions[random.Next(Institutions.Length)] : null;
        call.Outcome = CallOutcome.Answered;
        return call;
    }

    /// <summary>
    /// The callback <paramref name="original"/> asked for as it left the line: 82 % connected (one or two dials, about a
    /// quarter of an hour later), 12 % failed after three dials, the rest cancelled. Its conversation has no wrap-up codes,
    /// so the published figures per residency status stay exact.
    /// </summary>
    public CallRecord CreateCallback(CallRecord original)
    {
        var requested = original.QueueLeftAt!.Value;
        var local = requested.ToOffset(Seoul);
        var callback = new CallRecord
        {
            CallSid = AcdEngine.CallbackIdFor(original.CallSid), CallbackOf = original.CallSid, ArrivedAt = requested,
            Day = DateOnly.FromDateTime(local.DateTime), Hour = (short)local.Hour, Language = original.Language, EventCount = 0,
        };
        var draw = random.NextDouble();
        if (draw < 0.82)
        {
            callback.CallbackAttempts = random.NextDouble() < 0.75 ? 1 : 2;
            callback.TimeToCallbackSeconds = Math.Round(60 + Exponential(840) + (callback.CallbackAttempts.Value - 1) * 600, 3);
            callback.CallbackDialled = $"{original.CallSid}-dial{callback.CallbackAttempts}";
            Converse(callback, requested.AddSeconds(callback.TimeToCallbackSeconds.Value), original.Language!);
            callback.Outcome = CallOutcome.CallbackCompleted;
        }
        else
        {
            (callback.CallbackAttempts, callback.Outcome) = draw < 0.94 ? (3, CallOutcome.CallbackFailed) : (0, CallOutcome.CallbackCancelled);
        }
        return callback;
    }

    // A counselor answers at answered: talk, perhaps a hold, then wrap-up.
    private void Converse(CallRecord call, DateTimeOffset answered, string language)
    {
        call.AnsweredAt = answered;
        call.Counselor = Counselor(language);
        call.HoldSeconds = random.NextDouble() < 0.2 ? 20 + random.Next(100) : 0;
        call.TalkSeconds = Math.Round(Math.Max(20, Math.Exp(5.2 + 0.55 * Normal())), 3);
        call.EndedAt = call.AnsweredAt.Value.AddSeconds(call.TalkSeconds.Value + call.HoldSeconds.Value);
        call.WrapUpSeconds = 10 + random.Next(80);
        call.WrappedUpAt = call.EndedAt.Value.AddSeconds(call.WrapUpSeconds.Value);
    }

    private byte[] CallerHash()
    {
        var caller = random.Next(callerPool);
        return protector.Hash($"+82 10-{caller / 10000 % 10000:0000}-{caller % 10000:0000}");
    }

    // 104 counselors: Korean c001-c040, Mandarin c041-c065, English c066-c075, Vietnamese c076-c083, the rest share c084-c104.
    private string Counselor(string language) => language switch
    {
        "ko" => $"c{1 + random.Next(40):000}",
        "zh" => $"c{41 + random.Next(25):000}",
        "en" => $"c{66 + random.Next(10):000}",
        "vi" => $"c{76 + random.Next(8):000}",
        _ => $"c{84 + random.Next(21):000}",
    };

    private double Exponential(double mean) => -mean * Math.Log(1 - random.NextDouble());

    private double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
