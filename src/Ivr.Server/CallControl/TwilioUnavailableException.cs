namespace Ivr.Server.CallControl;

/// <summary>Twilio could not do what an in-call operation needs; the call is as it was unless the message says otherwise.</summary>
public sealed class TwilioUnavailableException(string message, Exception inner) : Exception(message, inner);
