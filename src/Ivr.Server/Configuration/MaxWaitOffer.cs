namespace Ivr.Server.Configuration;

/// <summary>What a caller who waited a language's maximum wait is offered on hold (docs/ivr.md, "Maximum wait").</summary>
public enum MaxWaitOffer
{
    /// <summary>Hold key 2: be called back, keeping the place in line.</summary>
    Callback,

    /// <summary>Hold key 3: leave a message (the route <c>/twilio/voice/message</c>).</summary>
    Message,

    /// <summary>Hold key 4: a counselor of the overflow language may take the caller too; the place in line is kept.</summary>
    Language,
}
