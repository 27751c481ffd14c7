using Ivr.Server.Configuration;
using Ivr.Server.Telemetry;
using Microsoft.Extensions.Options;
using Twilio.TwiML;

namespace Ivr.Server.Ivr;

/// <summary>
/// The caller must never hear "an application error has occurred" nor wait into Twilio's 15-second limit: if a voice
/// handler fails (Redis or the database down) or has not answered within <see cref="IvrOptions.WebhookDeadline"/>
/// (Redis stalled), the caller gets an answer at once. A caller on hold hears the hold loop in their language from the
/// configuration in memory and keeps their place (Twilio asks for the hold loop again when it ends); anyone else hears
/// an apology in Korean and English and goes back to the start.
/// </summary>
public sealed partial class TwiMLFailSafeFilter(
    ILogger<TwiMLFailSafeFilter> logger, LinkGenerator links, ConfigurationCache configuration, QueueTwiml queueTwiml,
    IOptions<IvrOptions> options, TimeProvider time) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var handler = next(context).AsTask();
        try
        {
            return await handler.WaitAsync(options.Value.WebhookDeadline, time);
        }
        catch (TimeoutException) when (!handler.IsCompleted)
        {
            // The handler goes on (a Redis command cannot be recalled); whatever it ends with is only logged.
            _ = handler.ContinueWith(late => LogLateFailure(late.Exception?.GetBaseException()), CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            LogDeadlinePassed(context.HttpContext.Request.Path, options.Value.WebhookDeadline);
            WebhookFallback.Mark(context.HttpContext, "deadline");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogFailed(exception, context.HttpContext.Request.Path);
            WebhookFallback.Mark(context.HttpContext, "fault");
        }
        return new Telephony.TwiMLResult(Fallback(context.HttpContext));
    }

    private VoiceResponse Fallback(HttpContext context)
    {
        var route = context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
        var language = context.Request.Query["language"].ToString();
        if (route is VoiceRoutes.Hold or VoiceRoutes.HoldKey && configuration.Loaded is { } snapshot && language.Length > 0)
        {
            return route == VoiceRoutes.Hold
                ? queueTwiml.Hold(context, snapshot.ActiveMenu, snapshot.Hours, language, status: null)
                : new VoiceResponse(); // back to the hold loop
        }
        var response = new VoiceResponse()
            .Say("죄송합니다. 잠시 후 다시 연결해 드리겠습니다.", language: "ko-KR")
            .Say("Sorry, we will try again in a moment.", language: "en-US")
            .Pause(2);
        var incoming = links.GetPathByName(context, VoiceRoutes.Incoming);
        return incoming is null ? response.Hangup() : response.Redirect(new Uri(incoming, UriKind.Relative));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Voice webhook {Path} failed; the caller hears the fallback.")]
    private partial void LogFailed(Exception exception, PathString path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Voice webhook {Path} did not answer within {Deadline}; the caller hears the fallback.")]
    private partial void LogDeadlinePassed(PathString path, TimeSpan deadline);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A voice webhook answered by the fallback failed afterwards.")]
    private partial void LogLateFailure(Exception? exception);
}
