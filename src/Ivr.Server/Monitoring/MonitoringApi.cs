using System.Security.Claims;
using Ivr.Server.Auditing;
using Ivr.Server.Authorization;
using Ivr.Server.Counselors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ivr.Server.Monitoring;

/// <summary>
/// <c>/api/monitoring</c>, for supervisors and operations staff (counselors 403, anonymous 401): live sessions, start
/// one (listen, whisper, barge), switch its mode, leave it; the browser device's identity and token; the setting whether
/// counselors see it (operations change it).
/// </summary>
public static class MonitoringApi
{
    public const string SettingsAction = "monitoring.settings";

    public static IEndpointRouteBuilder MapMonitoring(this IEndpointRouteBuilder endpoints)
    {
        var monitoring = endpoints.MapGroup("/api/monitoring").WithTags("Monitoring")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Supervisor, Roles.Operations));
        monitoring.MapGet("/sessions", async (ClaimsPrincipal user, MonitoringService service) => TypedResults.Ok(await service.ListAsync(user)))
            .WithName("list-monitoring-sessions");
        monitoring.MapPost("/sessions", async (StartMonitoringRequest request, ClaimsPrincipal user, MonitoringService service, CancellationToken cancellationToken) =>
            (await service.StartAsync(user, request, cancellationToken)).ToResult()).WithName("start-monitoring");
        monitoring.MapPost("/sessions/{id}/mode", async (string id, SwitchMonitoringRequest request, ClaimsPrincipal user, MonitoringService service,
            CancellationToken cancellationToken) => (await service.SwitchAsync(user, id, request.Mode, cancellationToken)).ToResult()).WithName("switch-monitoring-mode");
        monitoring.MapDelete("/sessions/{id}", async (string id, ClaimsPrincipal user, MonitoringService service, CancellationToken cancellationToken) =>
            (await service.LeaveAsync(user, id, cancellationToken)).ToResult()).WithName("leave-monitoring");
        monitoring.MapGet("/device", (ClaimsPrincipal user) => TypedResults.Ok(new MonitorDeviceView(MonitorIdentity.Of(user)))).WithName("monitoring-device");
        monitoring.MapGet("/voice-token", VoiceToken).WithName("monitoring-voice-token");
        monitoring.MapGet("/settings", async (MonitorSettings settings) => TypedResults.Ok(new MonitorSettingsView(await settings.TellCounselorsAsync())))
            .WithName("monitoring-settings");
        monitoring.MapPut("/settings", PutSettingsAsync).WithName("put-monitoring-settings")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Operations));
        return endpoints.MapMonitorLeg();
    }

    /// <summary>The supervisor's browser device: identity <c>supervisor-{account id}</c>, rung into the calls they monitor.</summary>
    private static Results<Ok<CounselorApi.VoiceTokenResponse>, Conflict<string>> VoiceToken(ClaimsPrincipal user, VoiceTokenIssuer tokens) =>
        tokens.IsConfigured
            ? TypedResults.Ok(new CounselorApi.VoiceTokenResponse(tokens.Issue(MonitorIdentity.Of(user)), MonitorIdentity.Of(user)))
            : TypedResults.Conflict("No Twilio API key is configured (Twilio:Voice:ApiKeySid): use the simulator device.");

    private static async Task<Ok<MonitorSettingsView>> PutSettingsAsync(MonitorSettingsView request, MonitorSettings settings, AuditLog audit,
        CancellationToken cancellationToken)
    {
        await settings.SetTellCounselorsAsync(request.TellCounselors);
        await audit.WriteAsync(SettingsAction, "tell-counselors", request.TellCounselors ? "counselors see that a supervisor listens" : "counselors are not told",
            cancellationToken: cancellationToken);
        return TypedResults.Ok(request);
    }
}

/// <summary>The Twilio Client identity the supervisor's browser device registers as.</summary>
public sealed record MonitorDeviceView(string Identity);
