using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace Ivr.Server.CallControl;

/// <summary>A call the server places from the center's number (a callback, an outbound call): its TwiML on answer, and all four status events.</summary>
public static class CenterDials
{
    public static CreateCallOptions Options(string to, string centerNumber, Uri answerUrl, Uri statusUrl, int timeoutSeconds) =>
        new(new PhoneNumber(to), new PhoneNumber(centerNumber))
        {
            Url = answerUrl,
            Method = Twilio.Http.HttpMethod.Post,
            StatusCallback = statusUrl,
            StatusCallbackMethod = Twilio.Http.HttpMethod.Post,
            StatusCallbackEvent = ["initiated", "ringing", "answered", "completed"],
            Timeout = timeoutSeconds,
        };
}
