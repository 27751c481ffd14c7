using Ivr.Server.RateLimiting;

namespace Ivr.Server.Telephony;

/// <summary>
/// Answers 403 unless the request carries a valid Twilio signature; 400 when its body cannot be read. Whatever the
/// validator throws on a malformed request (a query Twilio's library cannot parse) is a refusal, never a 500.
/// Refusals are logged with the URL the signature was computed over (never the token) and counted by
/// <see cref="Telemetry.WebhookMetricsMiddleware"/>. An address that keeps failing gets 429 (<see cref="TwilioRefusalLimiter"/>).
/// </summary>
public sealed partial class ValidateTwilioRequestFilter(TwilioRequestValidator validator, TwilioRefusalLimiter refusals, ILogger<ValidateTwilioRequestFilter> logger)
    : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        var url = validator.PublicUrl(request);
        bool valid;
        try
        {
            valid = await validator.IsValidAsync(request, url, context.HttpContext.RequestAborted);
        }
        catch (BadHttpRequestException exception)
        {
            return TypedResults.Problem(statusCode: exception.StatusCode, title: "Malformed Twilio request body");
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed Twilio request body");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            ValidatorFailed(logger, exception.GetType().Name, url);
            valid = false;
        }

        if (valid)
        {
            return await next(context);
        }
        if (!refusals.TryRefuse(context.HttpContext))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many unsigned Twilio requests");
        }
        SignatureRefused(logger, url, request.Headers.ContainsKey(TwilioRequestValidator.SignatureHeader));
        return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Invalid Twilio signature");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Twilio signature refused; computed over {Url} (signature header present: {Signed}).")]
    private static partial void SignatureRefused(ILogger logger, string url, bool signed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Twilio signature check threw {Exception} for {Url}; refused.")]
    private static partial void ValidatorFailed(ILogger logger, string exception, string url);
}
