using Ivr.Server.FollowUps;
using Ivr.Server.Hours;
using Ivr.Server.Menus;
using Microsoft.Extensions.Options;
using TwilioMethod = Twilio.Http.HttpMethod;
using Twilio.TwiML;
using Twilio.TwiML.Voice;

namespace Ivr.Server.Ivr;

/// <summary>TwiML of a message: what to say, the beep and &lt;Record&gt;, and what the caller hears after it.</summary>
public sealed class MessageTwiml(IvrTwiml twiml, IOptions<MessageOptions> options)
{
    public const string FinishOnKey = "#";

    /// <summary>
    /// The recording: trimmed of silence, ended by #, by <see cref="MessageOptions.SilenceTimeout"/> of silence or at
    /// <see cref="MessageOptions.MaxLength"/>. Its status callback (completed, and absent to log an empty one) makes the
    /// task; its action says whether it was saved. An empty recording requests no action: the verbs after it run.
    /// </summary>
    /// <param name="callerProtected">The caller's number as <see cref="CallerNumbers"/> protects it: it rides in the signed callback URL.</param>
    public VoiceResponse Record(HttpContext context, MenuDefinition menu, HoursDirectory hours, string language, string? callerProtected)
    {
        var response = new VoiceResponse();
        twiml.Speak(response, PromptKeys.MessageRecord, language, menu, hours);
        response.Append(new Record(
            action: twiml.Link(context, VoiceRoutes.MessageRecorded, new { language }),
            method: TwilioMethod.Post,
            timeout: (int)options.Value.SilenceTimeout.TotalSeconds,
            finishOnKey: FinishOnKey,
            maxLength: (int)options.Value.MaxLength.TotalSeconds,
            playBeep: true,
            trim: Twilio.TwiML.Voice.Record.TrimEnum.TrimSilence,
            recordingStatusCallback: twiml.Link(context, MessageRecordingEndpoint.Route, new { language, caller = callerProtected }),
            recordingStatusCallbackMethod: TwilioMethod.Post,
            recordingStatusCallbackEvent: [Twilio.TwiML.Voice.Record.RecordingEventEnum.Completed, Twilio.TwiML.Voice.Record.RecordingEventEnum.Absent]));
        return Goodbye(response, PromptKeys.MessageEmpty, menu, hours, language);
    }

    /// <summary>The Record's action: the message is kept (or there was none), then goodbye.</summary>
    public VoiceResponse Recorded(MenuDefinition menu, HoursDirectory hours, string language, bool saved) =>
        Goodbye(new VoiceResponse(), saved ? PromptKeys.MessageSaved : PromptKeys.MessageEmpty, menu, hours, language);

    private VoiceResponse Goodbye(VoiceResponse response, string prompt, MenuDefinition menu, HoursDirectory hours, string language)
    {
        twiml.Speak(response, prompt, language, menu, hours);
        twiml.Speak(response, PromptKeys.Goodbye, language, menu, hours);
        return response.Hangup();
    }
}
