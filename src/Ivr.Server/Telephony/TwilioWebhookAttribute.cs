namespace Ivr.Server.Telephony;

/// <summary>Marks an endpoint that Twilio calls: it is guarded by a signature, not by sign-in.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class TwilioWebhookAttribute : Attribute;
