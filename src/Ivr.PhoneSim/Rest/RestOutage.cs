using System.Diagnostics;

namespace Ivr.PhoneSim.Rest;

/// <summary>How the REST API fails during an injected outage.</summary>
public enum RestOutageKind
{
    /// <summary>Every request answers 503 at once, with Twilio's error body.</summary>
    Unavailable,

    /// <summary>Every request is held until the outage ends (the client times out first), then answers 504.</summary>
    Timeout,
}

/// <summary>
/// An outage of the simulated Twilio's REST API (fault programmes: "Twilio answering 503 or timing out for 30 s").
/// Measured in real time, since it is the server's clients that meet it; webhooks to the server are not affected.
/// </summary>
public sealed class RestOutage
{
    private (RestOutageKind Kind, long Until)? current;

    public (RestOutageKind Kind, TimeSpan Left)? Current =>
        current is { } outage && Stopwatch.GetTimestamp() < outage.Until
            ? (outage.Kind, Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), outage.Until))
            : null;

    public void Begin(RestOutageKind kind, TimeSpan duration) =>
        current = (kind, Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency));

    public void End() => current = null;

    /// <summary>Answers a REST request during an outage; passes it on otherwise.</summary>
    public async Task HandleAsync(HttpContext context, RequestDelegate next)
    {
        if (Current is not { } outage || !context.Request.Path.StartsWithSegments("/2010-04-01"))
        {
            await next(context);
            return;
        }
        if (outage.Kind == RestOutageKind.Timeout)
        {
            await Task.Delay(outage.Left, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        }
        var status = outage.Kind == RestOutageKind.Timeout ? StatusCodes.Status504GatewayTimeout : StatusCodes.Status503ServiceUnavailable;
        await TwilioErrors.Error(status, TwilioErrors.ServiceUnavailable, "Service unavailable (an outage injected into the simulator)").ExecuteAsync(context);
    }
}
