namespace Ivr.PhoneSim.Messages;

/// <summary>The outbound statuses of twilio.com/docs/messaging/api/message-resource the simulator goes through.</summary>
public static class MessageStatuses
{
    public const string Queued = "queued";
    public const string Sent = "sent";
    public const string Delivered = "delivered";
}
