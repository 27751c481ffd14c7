namespace Ivr.Server.Ivr;

/// <summary>Names of the Twilio-called routes; TwiML links to them by name, never by literal path.</summary>
public static class VoiceRoutes
{
    public const string Incoming = "twilio-voice-incoming";
    public const string Status = "twilio-voice-status";
    public const string Menu = "twilio-voice-menu";
    public const string Hold = "twilio-voice-hold";
    public const string HoldKey = "twilio-voice-hold-key";
    public const string QueueResult = "twilio-voice-queue-result";
    public const string Rejoin = "twilio-voice-rejoin";
    public const string CallbackNumber = "twilio-voice-callback-number";
    public const string Message = "twilio-voice-message";
    public const string MessageRecorded = "twilio-voice-message-recorded";
    public const string AfterHoursKey = "twilio-voice-after-hours-key";
    public const string Consent = "twilio-voice-consent";
    public const string InstitutionLine = "twilio-voice-institution-line";
}
