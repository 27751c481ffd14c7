using Ivr.Server.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Ivr.Server.Health;

public static class HealthEndpoints
{
    private const string Ready = "ready";

    public static IServiceCollection AddIvrHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<RedisHealthCheck>("redis", tags: [Ready], timeout: TimeSpan.FromSeconds(2))
            .AddDbContextCheck<IvrDbContext>(name: "postgres", tags: [Ready]);
        return services;
    }

    /// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: Redis and PostgreSQL answer; the body names any that does not.</summary>
    public static IEndpointRouteBuilder MapIvrHealth(this IEndpointRouteBuilder endpoints)
    {
        var health = endpoints.MapGroup("/health").AllowAnonymous();
        health.MapHealthChecks("/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthReportWriter.WriteAsync });
        health.MapHealthChecks("/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready), ResponseWriter = HealthReportWriter.WriteAsync });
        return endpoints;
    }
}
