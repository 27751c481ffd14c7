using Ivr.Server.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ivr.Server.Health;

public static class HealthEndpoints
{
    /// <summary>The checks that decide whether this instance can take calls.</summary>
    public const string Ready = "ready";

    public static IServiceCollection AddIvrHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<RedisHealthCheck>("redis", tags: [Ready], timeout: TimeSpan.FromSeconds(2))
            .AddCheck<ConfigurationHealthCheck>("configuration", tags: [Ready], timeout: TimeSpan.FromSeconds(5))
            // Callers need only Redis: configuration is cached and records wait in the outbox, so a PostgreSQL outage
            // degrades the instance (reports, staffing and sign-in wait) without taking it out of service.
            .AddDbContextCheck<IvrDbContext>(name: "postgres", failureStatus: HealthStatus.Degraded);
        return services;
    }

    /// <summary>
    /// <c>/health/live</c>: the process answers (it touches no dependency). <c>/health/ready</c>: it can take calls
    /// (Redis answers and the configuration is loaded). <c>/health</c>: every check, PostgreSQL and the call-record
    /// outbox among them; Degraded (200) when one that callers do not need fails. Each body names the failing check.
    /// </summary>
    public static IEndpointRouteBuilder MapIvrHealth(this IEndpointRouteBuilder endpoints)
    {
        var health = endpoints.MapGroup("/health").AllowAnonymous();
        health.MapHealthChecks("/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthReportWriter.WriteAsync });
        health.MapHealthChecks("/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready), ResponseWriter = HealthReportWriter.WriteAsync });
        endpoints.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync }).AllowAnonymous();
        return endpoints;
    }
}
