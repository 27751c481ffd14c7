using Microsoft.AspNetCore.Http.HttpResults;

namespace Ivr.Server.Telephony;

/// <summary>The answer to a signed Twilio request whose parameters are missing or malformed: 400 ProblemDetails, no stack trace.</summary>
public static class TwilioProblem
{
    public static ProblemHttpResult Malformed(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed Twilio request", detail: detail);
}
