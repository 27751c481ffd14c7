namespace Ivr.Server.CallControl.InCall;

/// <summary>An in-call operation's answer: an HTTP status with a body, or with the message saying why not.</summary>
public sealed record InCallReply(int StatusCode, object? Body = null, string? Message = null)
{
    public static InCallReply Ok(object body) => new(StatusCodes.Status200OK, body);

    public static InCallReply Created(object body) => new(StatusCodes.Status201Created, body);

    public static InCallReply NoContent() => new(StatusCodes.Status204NoContent);

    public static InCallReply BadRequest(string message) => new(StatusCodes.Status400BadRequest, null, message);

    public static InCallReply Forbidden(string message) => new(StatusCodes.Status403Forbidden, null, message);

    public static InCallReply NotFound(string message) => new(StatusCodes.Status404NotFound, null, message);

    public static InCallReply Conflict(string message) => new(StatusCodes.Status409Conflict, null, message);

    /// <summary>Twilio failed (after the retries that are safe); the message says what state the call is in.</summary>
    public static InCallReply BadGateway(string message) => new(StatusCodes.Status502BadGateway, null, message);

    public static readonly InCallReply NoCall = Conflict("You are not on a call.");

    public static readonly InCallReply NotLead = Conflict("Only the counselor who has the caller can do this; you are consulted on the call.");
}
