namespace Ivr.PhoneSim.Rest;

/// <summary>Twilio's REST error body: {"code", "message", "more_info", "status"}, which the Twilio helper libraries turn into ApiException.</summary>
public static class TwilioErrors
{
    public const int Authenticate = 20003;
    public const int NotFound = 20404;
    public const int MissingTo = 21201;
    public const int InvalidUrl = 21205;
    public const int MissingFrom = 21213;
    public const int InvalidCallState = 21220;

    /// <summary>
    /// A recording update that does not apply (the recording no longer runs, or a Status it cannot take). Twilio
    /// documents no code of its own for this; the simulator answers 400 with the call-state code.
    /// </summary>
    public const int InvalidRecordingState = InvalidCallState;
    public const int ServiceUnavailable = 20503;
    public const int InvalidTo = 21211;
    public const int MissingBody = 21602;
    public const int MissingMessageFrom = 21603;
    public const int MissingMessageTo = 21604;
    public const int BodyTooLong = 21617;

    public static IResult Error(int status, int code, string message) =>
        TypedResults.Json(new Dictionary<string, object>
        {
            ["code"] = code,
            ["message"] = message,
            ["more_info"] = $"https://www.twilio.com/docs/errors/{code}",
            ["status"] = status,
        }, statusCode: status);

    public static IResult NotFoundAt(HttpRequest request) =>
        Error(StatusCodes.Status404NotFound, NotFound, $"The requested resource {request.Path} was not found");

    public static IResult BadRequest(int code, string message) => Error(StatusCodes.Status400BadRequest, code, message);
}
