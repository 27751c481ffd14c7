namespace Ivr.PhoneSim.Journal;

public static class SimEventKinds
{
    public const string WebhookRequest = "webhook.request";
    public const string WebhookResponse = "webhook.response";
    public const string Verb = "twiml.verb";
    public const string CallStatus = "call.status";
    public const string Bridged = "call.bridged";
    public const string Error = "error";
    public const string Caller = "caller";
    public const string Counselor = "counselor";
    public const string Queue = "queue";
    public const string Conference = "conference";
    public const string Recording = "recording";
    public const string MessageStatus = "message.status";
}
