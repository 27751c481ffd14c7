using Ivr.Server.LivePages;

namespace Ivr.Server.Wallboard;

public static class WallboardServiceCollectionExtensions
{
    /// <summary>The live wallboard; needs AddSignalR (AddSoftphone), AddReporting and the IVR configuration context.</summary>
    public static IServiceCollection AddWallboard(this IServiceCollection services)
    {
        services.AddSingleton<WallboardReader>();
        services.AddScoped<WallboardThresholdStore>();
        services.AddPagePush<WallboardHub>(WallboardHub.Message, async (provider, cancellationToken) =>
            await provider.GetRequiredService<WallboardReader>().ReadAsync(cancellationToken));
        return services;
    }
}
