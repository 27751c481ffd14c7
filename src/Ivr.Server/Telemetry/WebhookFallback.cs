namespace Ivr.Server.Telemetry;

/// <summary>
/// A webhook the fail-safe answered, and why (<c>fault</c> or <c>deadline</c>): set by the fail-safe filter, read by
/// the webhook metrics, so a fallback counts as such whatever status it was sent with.
/// </summary>
public static class WebhookFallback
{
    private static readonly object Key = new();

    public static void Mark(HttpContext context, string reason) => context.Items[Key] = reason;

    public static string? Reason(HttpContext context) => context.Items.TryGetValue(Key, out var reason) ? reason as string : null;
}
