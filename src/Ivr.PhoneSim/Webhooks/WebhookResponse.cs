namespace Ivr.PhoneSim.Webhooks;

public sealed record WebhookResponse(int StatusCode, string? ContentType, string Body, TimeSpan Elapsed);
