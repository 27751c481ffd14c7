using Ivr.Server.Telephony;
using Microsoft.AspNetCore.Http.HttpResults;
using Twilio.TwiML;

namespace Ivr.Server.Ivr;

public static class VoiceEndpoints
{
    public const string Incoming = "twilio-voice-incoming";
    public const string Status = "twilio-voice-status";

    public static IEndpointRouteBuilder MapVoice(this IEndpointRouteBuilder endpoints)
    {
        var voice = endpoints.MapTwilioGroup().MapGroup("/voice");
        voice.MapPost("/incoming", IncomingCall).WithName(Incoming);
        voice.MapPost("/status", StatusCallback).WithName(Status);
        return endpoints;
    }

    // The language menu replaces this answer (caller IVR issue); until then callers hear that the line is not open.
    private static TwiMLResult IncomingCall() =>
        new VoiceResponse()
            .Say("1345 외국인종합안내센터입니다. 이 번호는 아직 운영하지 않습니다.", language: "ko-KR")
            .Say("This is the 1345 Immigration Contact Center. This line is not open yet.", language: "en-US")
            .Hangup()
            .ToTwiMLResult();

    private static NoContent StatusCallback() => TypedResults.NoContent();
}
