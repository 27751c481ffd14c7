using Ivr.Acd.Model;

namespace Ivr.Server.CallControl.InCall;

/// <summary>An in-call operation's answer: an HTTP status with a body, or with the message saying why not.</summary>
public sealed record InCallReply(int StatusCode, object? Body = null, string? Message = null)
{
    public static InCallReply Ok(object body) => new(StatusCodes.Status200OK, body);

    public static InCallReply Created(object body) => new(StatusCodes.Status201Created, body);

    public static InCallReply Accepted(object body) => new(StatusCodes.Status202Accepted, body);

    public static InCallReply NoContent() => new(StatusCodes.Status204NoContent);

    public static InCallReply BadRequest(string message) => new(StatusCodes.Status400BadRequest, null, message);

    public static InCallReply Forbidden(string message) => new(StatusCodes.Status403Forbidden, null, message);

    public static InCallReply NotFound(string message) => new(StatusCodes.Status404NotFound, null, message);

    public static InCallReply Conflict(string message) => new(StatusCodes.Status409Conflict, null, message);

    public static InCallReply TooManyRequests(string message) => new(StatusCodes.Status429TooManyRequests, null, message);

    /// <summary>Twilio failed (after the retries that are safe); the message says what state the call is in.</summary>
    public static InCallReply BadGateway(string message) => new(StatusCodes.Status502BadGateway, null, message);

    public static readonly InCallReply NoCall = Conflict("You are not on a call.");

    public static readonly InCallReply NotLead = Conflict("Only the counselor who has the caller can do this; you are consulted on the call.");

    /// <summary>Why the ACD refused a transfer or a consult step; <paramref name="targetId"/> names the other counselor.</summary>
    public static InCallReply Refused(InCallOutcome outcome, string? targetId) => outcome switch
    {
        InCallOutcome.Consulting => Conflict("A transfer is in progress: complete or cancel it first."),
        InCallOutcome.NotConsulting => Conflict("No transfer is in progress."),
        InCallOutcome.NotAnswered => Conflict($"{targetId} has not answered yet."),
        InCallOutcome.Unavailable => Conflict($"Counselor {targetId} is not available."),
        InCallOutcome.UnknownCounselor => NotFound($"There is no counselor {targetId}."),
        _ => NoCall,
    };

    /// <summary>The HTTP answer: the body, or a problem whose detail is the message.</summary>
    public IResult ToResult() => StatusCode switch
    {
        StatusCodes.Status200OK => TypedResults.Ok(Body),
        StatusCodes.Status201Created or StatusCodes.Status202Accepted => TypedResults.Json(Body, statusCode: StatusCode),
        StatusCodes.Status204NoContent => TypedResults.NoContent(),
        _ => TypedResults.Problem(statusCode: StatusCode, title: Title(StatusCode), detail: Message),
    };

    private static string Title(int statusCode) => statusCode switch
    {
        StatusCodes.Status400BadRequest => "Invalid request",
        StatusCodes.Status403Forbidden => "Not allowed",
        StatusCodes.Status404NotFound => "Not found",
        StatusCodes.Status409Conflict => "Not possible now",
        StatusCodes.Status429TooManyRequests => "Too many calls",
        _ => "Twilio failed",
    };
}
