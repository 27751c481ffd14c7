using Twilio.TwiML;

namespace Ivr.Server.Telephony;

public static class TwiMLResultExtensions
{
    public static TwiMLResult ToTwiMLResult(this TwiML twiml) => new(twiml);
}
