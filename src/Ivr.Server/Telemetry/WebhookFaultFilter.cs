namespace Ivr.Server.Telemetry;

/// <summary>
/// Sits inside the voice webhooks' fail-safe filter: a handler's exception is answered with an apology and a 200,
/// so it is marked here (and rethrown) for <see cref="WebhookMetricsMiddleware"/> to count as a fault.
/// </summary>
public sealed class WebhookFaultFilter : IEndpointFilter
{
    private static readonly object Key = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.HttpContext.Items[Key] = "fault";
            throw;
        }
    }

    internal static string? Failure(HttpContext context) => context.Items.TryGetValue(Key, out var failure) ? failure as string : null;
}
