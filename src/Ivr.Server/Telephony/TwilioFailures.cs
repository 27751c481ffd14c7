using Polly.CircuitBreaker;
using Polly.Timeout;
using Twilio.Exceptions;

namespace Ivr.Server.Telephony;

/// <summary>What a failed Twilio REST request throws: an error answer (after Polly's retries of safe requests) or no answer at all.</summary>
public static class TwilioFailures
{
    public static bool Is(Exception exception) => exception is ApiException || IsUnreachable(exception);

    /// <summary>No answer from Twilio at all: refused, timed out, or Polly's circuit is open.</summary>
    public static bool IsUnreachable(Exception exception) =>
        exception is ApiConnectionException or HttpRequestException or BrokenCircuitException or TimeoutRejectedException;

    /// <summary>Twilio answered that the call is no longer in a state the request applies to (e.g. it already ended).</summary>
    public static bool IsCallGone(Exception exception) => exception is ApiException { Status: >= 400 and < 500 };
}
