using Ivr.PhoneSim.Journal;
using Ivr.PhoneSim.Webhooks;

namespace Ivr.PhoneSim.Messages;

/// <summary>
/// A created message goes queued → sent → delivered, as an SMS to a reachable mobile does. As Twilio documents
/// ("Outbound Message Status in Status Callbacks"), no callback is sent for the initial status (queued); the
/// StatusCallback gets a signed POST for sent and for delivered with MessageSid/SmsSid, MessageStatus/SmsStatus,
/// AccountSid, From, To and ApiVersion. A callback that fails is journaled; the message is delivered all the same.
/// </summary>
public sealed class MessageDelivery(SimulatedTwilio sim)
{
    public void Start(SimMessage message) => sim.Track(RunAsync(message));

    private async Task RunAsync(SimMessage message)
    {
        await Task.Yield();
        await MoveAsync(message, MessageStatuses.Sent);
        sim.Messages.Deliver(message);
        await MoveAsync(message, MessageStatuses.Delivered);
    }

    private async Task MoveAsync(SimMessage message, string status)
    {
        message.Status = status;
        message.DateUpdated = sim.Clock.GetUtcNow();
        message.DateSent ??= status == MessageStatuses.Sent ? message.DateUpdated : null;
        sim.Journal.Record(new SimEvent(message.DateUpdated, SimEventKinds.MessageStatus, message.Sid,
            new Dictionary<string, string?> { ["status"] = status, ["to"] = message.To }));
        if (message.StatusCallback is not { } url)
        {
            return;
        }
        try
        {
            await sim.Webhooks.SendAsync(null, url, "POST", new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["AccountSid"] = sim.Options.AccountSid,
                ["MessageSid"] = message.Sid,
                ["SmsSid"] = message.Sid,
                ["MessageStatus"] = status,
                ["SmsStatus"] = status,
                ["From"] = message.From,
                ["To"] = message.To,
                ["ApiVersion"] = "2010-04-01",
            }, CancellationToken.None);
        }
        catch (WebhookFailure failure)
        {
            sim.Journal.Record(new SimEvent(sim.Clock.GetUtcNow(), SimEventKinds.MessageStatus, message.Sid,
                new Dictionary<string, string?> { ["callbackFailed"] = failure.Message }));
        }
    }
}
