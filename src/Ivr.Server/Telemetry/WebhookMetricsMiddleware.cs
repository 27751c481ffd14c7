using System.Diagnostics;
using Ivr.Server.Telephony;

namespace Ivr.Server.Telemetry;

/// <summary>
/// Times every request routed to a Twilio webhook, by the route's name, and counts and logs the ones refused or
/// failed. Runs before the webhook short-cut (<see cref="TwilioRouteGroup.UseTwilioWebhooks"/>), after routing.
/// </summary>
public sealed partial class WebhookMetricsMiddleware(RequestDelegate next, IvrMetrics metrics, TimeProvider clock, ILogger<WebhookMetricsMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint() is not { } endpoint || endpoint.Metadata.GetMetadata<TwilioWebhookAttribute>() is null)
        {
            await next(context);
            return;
        }
        var route = endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? "unnamed";
        var started = clock.GetTimestamp();
        var faulted = false;
        try
        {
            await next(context);
        }
        catch
        {
            faulted = true;
            throw;
        }
        finally
        {
            var status = faulted ? StatusCodes.Status500InternalServerError : context.Response.StatusCode;
            var tags = new TagList { { "ivr.webhook.route", route }, { "http.response.status_code", status } };
            metrics.WebhookDuration.Record(clock.GetElapsedTime(started).TotalSeconds, tags);
            if ((WebhookFallback.Reason(context) ?? Failure(status)) is { } failure)
            {
                metrics.WebhookFailures.Add(1, new TagList { { "ivr.webhook.route", route }, { "error.type", failure } });
                if (failure is not ("fault" or "deadline"))
                {
                    // A fault or a deadline is logged where the fail-safe answered it; a refusal is logged here, once.
                    Refused(logger, route, status, failure, context.Request.Path);
                }
            }
        }
    }

    private static string? Failure(int status) => status switch
    {
        StatusCodes.Status403Forbidden => "invalid_signature",
        >= 400 and < 500 => "malformed",
        >= 500 => "fault",
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Twilio webhook {Route} refused with {Status} ({Failure}) at {Path}.")]
    private static partial void Refused(ILogger logger, string route, int status, string failure, PathString path);
}
