using Microsoft.AspNetCore.SignalR;

namespace Ivr.Server.LivePages;

public static class LivePagesServiceCollectionExtensions
{
    /// <summary>Pushes <paramref name="read"/>'s picture as <paramref name="message"/> to the pages of <typeparamref name="THub"/>.</summary>
    public static IServiceCollection AddPagePush<THub>(this IServiceCollection services, string message, Func<IServiceProvider, CancellationToken, Task<object>> read)
        where THub : Hub
    {
        services.AddOptions<LivePagesOptions>().BindConfiguration(LivePagesOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PageWatchers<THub>>();
        services.AddSingleton(new PagePushSource<THub>(message, read));
        services.AddHostedService<PagePush<THub>>();
        return services;
    }
}
