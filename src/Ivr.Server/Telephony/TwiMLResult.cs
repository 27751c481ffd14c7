using System.Text;
using Twilio.TwiML;

namespace Ivr.Server.Telephony;

/// <summary>Writes TwiML as <c>application/xml</c>, as Twilio.AspNet.Core's TwiMLResult does.</summary>
public sealed class TwiMLResult : IResult
{
    public TwiMLResult(TwiML? twiml) => Body = twiml?.ToString() ?? "<Response></Response>";

    /// <summary>A document rendered before (cached for every caller).</summary>
    public TwiMLResult(string body) => Body = body;

    public string Body { get; }

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = "application/xml; charset=utf-8";
        return httpContext.Response.WriteAsync(Body, Encoding.UTF8);
    }
}
