using System.Text;
using Twilio.TwiML;

namespace Ivr.Server.Telephony;

/// <summary>Writes TwiML as <c>application/xml</c>, as Twilio.AspNet.Core's TwiMLResult does.</summary>
public sealed class TwiMLResult(TwiML? twiml) : IResult
{
    public string Body { get; } = twiml?.ToString() ?? "<Response></Response>";

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = "application/xml; charset=utf-8";
        return httpContext.Response.WriteAsync(Body, Encoding.UTF8);
    }
}

public static class TwiMLResultExtensions
{
    public static TwiMLResult ToTwiMLResult(this TwiML twiml) => new(twiml);
}
