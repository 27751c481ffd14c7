using Ivr.Server.CallControl;
using Ivr.Server.Redis;
using Ivr.Server.Telephony;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ivr.Server.Monitoring;

/// <summary>Status callbacks of a supervisor's leg: answered connects the session; completed (or never answered) ends it.</summary>
public static class MonitorLegEndpoint
{
    public const string RouteName = "twilio-monitor-leg-status";

    public static IEndpointRouteBuilder MapMonitorLeg(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapTwilioGroup().MapPost("/voice/monitor/{sessionId}/status", StatusAsync).WithName(RouteName).AddEndpointFilter<RedisOutageRetryFilter>();
        return endpoints;
    }

    private static async Task<Results<NoContent, BadRequest<string>>> StatusAsync(
        string sessionId, HttpRequest request, CallbackSequencer sequencer, MonitoringService monitoring, CancellationToken cancellationToken)
    {
        var (leg, reply) = await LegCallback.ReadNewestAsync(request, sequencer, cancellationToken);
        if (leg is not null)
        {
            await monitoring.LegStatusAsync(sessionId, leg, cancellationToken);
        }
        return reply;
    }
}
