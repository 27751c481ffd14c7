using Ivr.Server.Data;

namespace Ivr.Server.Configuration;

public static class ConfigurationServiceCollectionExtensions
{
    /// <summary>
    /// What operations change (menus, hours, holidays, closure, wallboard thresholds, outside numbers): stored in
    /// PostgreSQL, published to every instance over Redis, read from memory by calls.
    /// </summary>
    public static IServiceCollection AddIvrConfiguration(this IServiceCollection services, Func<IServiceProvider, CenterTimeZone> timeZone)
    {
        services.AddSingleton(timeZone);
        services.AddIvrDbContext<ConfigurationDbContext>(ConfigurationDbContext.Schema);
        services.AddScoped<ConfigurationStore>();
        services.AddSingleton<ConfigurationCache>();
        services.AddHostedService(provider => provider.GetRequiredService<ConfigurationCache>());
        services.AddScoped<MenuPublisher>();
        return services;
    }

    public static IEndpointRouteBuilder MapConfigurationApis(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMenusApi();
        endpoints.MapHoursApi();
        return endpoints;
    }
}
