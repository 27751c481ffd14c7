using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Ivr.Server.Telephony;

/// <summary>
/// What an anonymous request to <c>/twilio</c> may look like before anything reads it: a form body (what Twilio's voice
/// webhooks send) of at most <see cref="MaxBodyBytes"/>. Anything else is refused with 415 or 413 before the signature
/// check parses a byte.
/// </summary>
public static class TwilioRequestShape
{
    /// <summary>Twilio's largest voice callbacks are a few KB.</summary>
    public const long MaxBodyBytes = 64 * 1024;

    private const string FormMediaType = "application/x-www-form-urlencoded";

    /// <summary>The status code to refuse the request with, or null; caps the body for the readers after it.</summary>
    public static int? Refusal(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength > MaxBodyBytes)
        {
            return StatusCodes.Status413PayloadTooLarge;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }
        var hasBody = request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0 || request.ContentType is not null;
        return hasBody && !IsForm(request.ContentType) ? StatusCodes.Status415UnsupportedMediaType : null;
    }

    private static bool IsForm(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type) && type.MediaType.Equals(FormMediaType, StringComparison.OrdinalIgnoreCase);
}
