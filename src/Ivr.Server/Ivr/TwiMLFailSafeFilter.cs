using Twilio.TwiML;

namespace Ivr.Server.Ivr;

/// <summary>
/// The caller must never hear "an application error has occurred": if a voice handler fails (Redis or the
/// database down), answer an apology in Korean and English and send the call back to the start.
/// </summary>
public sealed class TwiMLFailSafeFilter(ILogger<TwiMLFailSafeFilter> logger, LinkGenerator links) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Voice webhook {Path} failed; the caller hears the apology.", context.HttpContext.Request.Path);
            var response = new VoiceResponse()
                .Say("죄송합니다. 잠시 후 다시 연결해 드리겠습니다.", language: "ko-KR")
                .Say("Sorry, we will try again in a moment.", language: "en-US")
                .Pause(2);
            var incoming = links.GetPathByName(context.HttpContext, VoiceRoutes.Incoming);
            return new Telephony.TwiMLResult(incoming is null ? response.Hangup() : response.Redirect(new Uri(incoming, UriKind.Relative)));
        }
    }
}
