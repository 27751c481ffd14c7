using Ivr.Server.Authorization;
using Ivr.Server.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ivr.Server.Alerts;

/// <summary>The alerts (supervisors and operations see and acknowledge them) and their rules (operations set them).</summary>
public static class AlertsApi
{
    public static IEndpointRouteBuilder MapAlerts(this IEndpointRouteBuilder endpoints)
    {
        var alerts = endpoints.MapGroup("/api/alerts").WithTags("Alerts");
        var read = alerts.MapGroup("").RequireAuthorization(policy => policy.RequireRole(Roles.Supervisor, Roles.Operations));
        var write = alerts.MapGroup("").RequireAuthorization(policy => policy.RequireRole(Roles.Operations));
        read.MapGet("", async (AlertStore store, CancellationToken cancellationToken) => TypedResults.Ok(await store.ListAsync(cancellationToken)))
            .WithName("alerts");
        read.MapPost("/{id:long}/acknowledge", AcknowledgeAsync).WithName("acknowledge-alert");
        read.MapGet("/rules", async (AlertRuleStore store, CancellationToken cancellationToken) => TypedResults.Ok(await store.GetAsync(cancellationToken)))
            .WithName("alert-rules");
        write.MapPut("/rules", PutRulesAsync).WithName("put-alert-rules");
        endpoints.MapHub<AlertsHub>(AlertsHub.Path, hub => hub.CloseOnAuthenticationExpiration = true)
            .RequireAuthorization(policy => policy.RequireRole(Roles.Supervisor, Roles.Operations));
        return endpoints;
    }

    private static async Task<Results<Ok<Alert>, NotFound>> AcknowledgeAsync(
        long id, AlertStore store, AlertBroadcast broadcast, AlertWebhook webhook, CancellationToken cancellationToken)
    {
        if (await store.AcknowledgeAsync(id, cancellationToken) is not { } result)
        {
            return TypedResults.NotFound();
        }
        if (result.Changed)
        {
            var change = new AlertEvent(AlertEvent.Acknowledged, result.Alert);
            webhook.Enqueue(change);
            await broadcast.AnnounceAsync(change, cancellationToken);
        }
        return TypedResults.Ok(result.Alert);
    }

    private static async Task<Results<Ok<AlertRules>, ProblemHttpResult>> PutRulesAsync(
        AlertRules rules, AlertRuleStore store, ConfigurationCache configuration, CancellationToken cancellationToken)
    {
        var hours = (await configuration.GetAsync(cancellationToken)).Hours;
        if (rules.Problem(code => hours.Find(code) is not null) is { } problem)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid alert rules", detail: problem);
        }
        await store.SaveAsync(rules, cancellationToken);
        return TypedResults.Ok(rules);
    }
}
