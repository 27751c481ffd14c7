using System.Globalization;
using System.Xml.Linq;
using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Journal;
using Ivr.PhoneSim.Parties;
using Ivr.PhoneSim.Recordings;
using Ivr.PhoneSim.Webhooks;

namespace Ivr.PhoneSim.Execution.Verbs;

/// <summary>
/// &lt;Record&gt; as twilio.com/docs/voice/twiml/record describes it: records until <c>finishOnKey</c> (default
/// 1234567890*#), <c>timeout</c> seconds of silence (5), <c>maxLength</c> (3600, at most 14400) or a hang-up; a beep
/// first unless playBeep="false"; <c>trim</c> trim-silence (default) drops the trailing silence from the duration.
/// Then requests <c>action</c> (default: this document) with RecordingUrl, RecordingSid, RecordingDuration and
/// Digits (the key, or "hangup"), and its TwiML runs; after a hang-up the request is still made and its TwiML
/// ignored. "If Twilio receives an empty recording, it will not make a request to the action URL": the next verb
/// runs. recordingStatusCallback gets in-progress, completed and absent as asked (completed by default).
/// The party decides what it says (<see cref="IParty.OnRecord"/>).
/// </summary>
public sealed class RecordVerb : IVerb
{
    public const string DefaultFinishOnKey = "1234567890*#";
    public const string HangupDigits = "hangup";
    public const int EmptyRecordingError = 16101;

    public string Name => "Record";

    public async Task<VerbOutcome> ExecuteAsync(XElement element, VerbContext context)
    {
        var sim = context.Sim;
        var call = context.Call;
        var timeout = TimeSpan.FromSeconds(Math.Max(1, element.IntAttr("timeout", 5)));
        var maxLength = TimeSpan.FromSeconds(Math.Clamp(element.IntAttr("maxLength", 3600), 1, 14400));
        var finishOnKey = element.Attr("finishOnKey") ?? DefaultFinishOnKey;
        var trim = element.Attr("trim") != "do-not-trim";
        var callback = RecordingCallback.From(context.Resolve(element.Attr("recordingStatusCallback")),
            element.Attr("recordingStatusCallbackMethod"), element.Attr("recordingStatusCallbackEvent"));
        var action = context.Resolve(element.Attr("action")) ?? context.Document.Url
            ?? throw new WebhookFailure(WebhookFailure.DocumentParseFailure, "<Record> in inline TwiML needs an absolute action");

        if (element.BoolAttr("playBeep", true))
        {
            sim.Notify(call, PartyEventKind.Heard, "beep");
        }
        var recording = sim.Recordings.Start(call.Setup.ParentCallSid ?? call.Sid);
        sim.Record(SimEventKinds.Recording, call, ("event", RecordingStatuses.InProgress), ("recordingSid", recording.Sid));
        sim.RecordingCallbacks.Send(recording, callback, RecordingStatuses.InProgress);
        var input = call.Party.OnRecord(call, new RecordPrompt(finishOnKey, maxLength, context.Document.Url));
        var take = new RecordTake(input, timeout, maxLength, finishOnKey, context);
        try
        {
            await take.RunAsync();
        }
        finally
        {
            Finish(recording, callback, take, trim, sim, call);
        }

        if (recording.Status == RecordingStatuses.Absent)
        {
            return VerbOutcome.Continue;
        }
        var parameters = new Dictionary<string, string>
        {
            ["RecordingUrl"] = sim.RecordingCallbacks.MediaUrl(recording).ToString(),
            ["RecordingSid"] = recording.Sid,
            ["RecordingDuration"] = recording.Duration.ToString(CultureInfo.InvariantCulture),
        };
        if (take.Digits is { } digits)
        {
            parameters["Digits"] = digits;
        }
        var next = Instruction.Fetch(action, element.Attr("method"), parameters);
        if (!call.IsEnded)
        {
            return VerbOutcome.Navigate(next);
        }
        await NotifyAfterHangupAsync(sim, call, next);
        return VerbOutcome.Hangup();
    }

    private static void Finish(SimRecording recording, RecordingCallback callback, RecordTake take, bool trim, SimulatedTwilio sim, SimCall call)
    {
        var now = sim.Clock.GetUtcNow();
        if (take.Spoken <= TimeSpan.Zero)
        {
            recording.MarkAbsent(EmptyRecordingError, now);
        }
        else
        {
            var length = trim ? take.Spoken : take.Elapsed;
            recording.Complete(Math.Max(1, (int)Math.Round(length.TotalSeconds, MidpointRounding.AwayFromZero)), now);
        }
        sim.Record(SimEventKinds.Recording, call, ("event", recording.Status), ("recordingSid", recording.Sid),
            ("duration", recording.Duration.ToString(CultureInfo.InvariantCulture)), ("digits", take.Digits));
        sim.RecordingCallbacks.Send(recording, callback, recording.Status);
    }

    /// <summary>The caller hung up: Twilio still requests the action URL (Digits=hangup); the call is over, so its TwiML is not run.</summary>
    private static async Task NotifyAfterHangupAsync(SimulatedTwilio sim, SimCall call, Instruction next)
    {
        try
        {
            var parameters = CallParameters.For(call, sim.Options.AccountSid).With(next.Parameters);
            await sim.Webhooks.SendAsync(call.Sid, next.Url!, next.Method, parameters, CancellationToken.None);
        }
        catch (WebhookFailure failure)
        {
            sim.RecordError(call, failure.Code, "Record action after hang-up: " + failure.Message);
        }
    }
}
