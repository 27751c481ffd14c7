using System.Text;
using Twilio.TwiML;

namespace Ivr.Server.Telephony;

/// <summary>Writes TwiML as <c>application/xml</c>, as Twilio.AspNet.Core's TwiMLResult does.</summary>
public sealed class TwiMLResult : IResult
{
    private readonly byte[] utf8;

    public TwiMLResult(TwiML? twiml)
        : this(twiml?.ToString() ?? "<Response></Response>")
    {
    }

    public TwiMLResult(string body) => utf8 = Encoding.UTF8.GetBytes(body);

    private TwiMLResult(byte[] utf8) => this.utf8 = utf8;

    public string Body => Encoding.UTF8.GetString(utf8);

    /// <summary>A document encoded before (the first menu, cached for every caller): written without re-encoding.</summary>
    public static TwiMLResult FromUtf8(byte[] utf8) => new(utf8);

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = "application/xml; charset=utf-8";
        httpContext.Response.ContentLength = utf8.Length;
        return httpContext.Response.Body.WriteAsync(utf8, httpContext.RequestAborted).AsTask();
    }
}
