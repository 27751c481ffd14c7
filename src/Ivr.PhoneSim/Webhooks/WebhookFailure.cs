namespace Ivr.PhoneSim.Webhooks;

/// <summary>Twilio could not get usable TwiML: the call plays the application error and ends. Codes are Twilio's (11200, 11205, 12100, 12300).</summary>
public sealed class WebhookFailure(int code, string message) : Exception(message)
{
    public const int HttpRetrievalFailure = 11200;
    public const int HttpConnectionFailure = 11205;
    public const int DocumentParseFailure = 12100;
    public const int InvalidContentType = 12300;

    public int Code { get; } = code;
}
