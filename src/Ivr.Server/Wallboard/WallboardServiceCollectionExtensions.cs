namespace Ivr.Server.Wallboard;

public static class WallboardServiceCollectionExtensions
{
    /// <summary>The live wallboard; needs AddSignalR (AddSoftphone), AddReporting and the IVR configuration context.</summary>
    public static IServiceCollection AddWallboard(this IServiceCollection services)
    {
        services.AddOptions<WallboardOptions>().BindConfiguration(WallboardOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<WallboardWatchers>();
        services.AddSingleton<WallboardReader>();
        services.AddScoped<WallboardThresholdStore>();
        services.AddHostedService<WallboardBroadcaster>();
        return services;
    }
}
