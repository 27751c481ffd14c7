namespace Ivr.Server.Telephony;

/// <summary>Answers 403 unless the request carries a valid Twilio signature; 400 when its body cannot be read.</summary>
public sealed class ValidateTwilioRequestFilter(TwilioRequestValidator validator) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        bool valid;
        try
        {
            valid = await validator.IsValidAsync(request, context.HttpContext.RequestAborted);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or BadHttpRequestException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed Twilio request body");
        }

        return valid
            ? await next(context)
            : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Invalid Twilio signature");
    }
}
