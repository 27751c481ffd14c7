using Ivr.Server.CallControl;

namespace Ivr.Server.Monitoring;

public static class MonitoringServiceCollectionExtensions
{
    /// <summary>Supervisors listening to, whispering into and barging into live calls (<see cref="MonitoringService"/>).</summary>
    public static IServiceCollection AddMonitoring(this IServiceCollection services)
    {
        services.AddOptions<MonitoringOptions>().BindConfiguration(MonitoringOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<MonitorSessions>();
        services.AddSingleton<MonitorSettings>();
        services.AddSingleton<MonitorLine>();
        services.AddScoped<MonitoringService>();
        services.AddSingleton<ICallHandoverObserver, MonitorHandover>();
        return services;
    }
}
