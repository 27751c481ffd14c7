using Ivr.Server.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ivr.Server.Health;

/// <summary>
/// Healthy once the published menus and hours are in memory. They stay there through a PostgreSQL outage, so only an
/// instance that never loaded them (started while PostgreSQL was down) cannot answer calls with the center's menu;
/// such an instance tries again at every check, since no call reaches it to try meanwhile.
/// </summary>
public sealed class ConfigurationHealthCheck(ConfigurationCache configuration) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (configuration.Loaded is null)
        {
            try
            {
                await configuration.GetAsync(cancellationToken);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                return HealthCheckResult.Unhealthy($"The menus and hours are not loaded yet: {exception.GetType().Name}.");
            }
        }
        return HealthCheckResult.Healthy("The menus and hours are loaded.");
    }
}
