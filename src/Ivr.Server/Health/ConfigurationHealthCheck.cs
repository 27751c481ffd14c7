using Ivr.Server.Menus;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ivr.Server.Health;

/// <summary>
/// Healthy once the published menus and hours are in memory. They stay there through a PostgreSQL outage, so only an
/// instance that never loaded them (started while PostgreSQL was down) cannot answer calls with the center's menu.
/// </summary>
public sealed class ConfigurationHealthCheck(ConfigurationCache configuration) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(configuration.Loaded is not null
            ? HealthCheckResult.Healthy("The menus and hours are loaded.")
            : HealthCheckResult.Unhealthy("The menus and hours are not loaded yet: PostgreSQL has not answered since the start."));
}
