using System.Globalization;
using Ivr.PhoneSim.Calls;

namespace Ivr.PhoneSim.Webhooks;

/// <summary>
/// Call progress events (initiated, ringing, answered, completed; completed only unless asked) to the call's
/// StatusCallback, with CallbackSource, Timestamp and a per-call SequenceNumber from 0. Sent asynchronously, so,
/// as with Twilio, arrival order is not guaranteed.
/// </summary>
public sealed class StatusCallbacks(SimulatedTwilio sim)
{
    private static readonly HashSet<string> CompletedOnly = new(StringComparer.Ordinal) { "completed" };

    public void OnStatus(SimCall call, string status)
    {
        var url = call.Setup.StatusCallback ?? (call.Direction == CallDirections.Inbound ? sim.Options.StatusCallback : null);
        if (url is null)
        {
            return;
        }
        var eventName = status switch
        {
            CallStatuses.Initiated => "initiated",
            CallStatuses.Ringing => "ringing",
            CallStatuses.InProgress => "answered",
            _ when CallStatuses.IsTerminal(status) => "completed",
            _ => null,
        };
        var wanted = call.Setup.StatusCallbackEvents is { Count: > 0 } events ? events : CompletedOnly;
        if (eventName is null || !wanted.Contains(eventName))
        {
            return;
        }
        var parameters = CallParameters.For(call, sim.Options.AccountSid);
        parameters["CallStatus"] = status;
        parameters["CallbackSource"] = "call-progress-events";
        parameters["Timestamp"] = Twilio.TwilioDates.Rfc2822(sim.Clock.GetUtcNow());
        parameters["SequenceNumber"] = call.NextSequenceNumber().ToString(CultureInfo.InvariantCulture);
        if (call.AnsweredBy is { } answeredBy)
        {
            parameters["AnsweredBy"] = answeredBy;
        }
        if (CallStatuses.IsTerminal(status))
        {
            parameters["CallDuration"] = call.Duration.ToString(CultureInfo.InvariantCulture);
            parameters["Duration"] = ((call.Duration + 59) / 60).ToString(CultureInfo.InvariantCulture);
        }
        sim.Track(SendAsync(call, url, parameters));
    }

    private async Task SendAsync(SimCall call, Uri url, Dictionary<string, string> parameters)
    {
        try
        {
            await sim.Webhooks.SendAsync(call.Sid, url, call.Setup.StatusCallbackMethod, parameters, CancellationToken.None);
        }
        catch (WebhookFailure failure)
        {
            sim.RecordError(call, failure.Code, "status callback: " + failure.Message);
        }
    }
}
