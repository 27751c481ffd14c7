using Ivr.Server.CallControl;
using Ivr.Server.FollowUps;

using Ivr.Server.Staffing;
namespace Ivr.Server.Softphone;

public static class SoftphoneServiceCollectionExtensions
{
    public static IServiceCollection AddSoftphone(this IServiceCollection services)
    {
        services.AddOptions<SoftphoneOptions>().BindConfiguration(SoftphoneOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSignalR();
        services.AddSingleton<SoftphoneWatchers>();
        services.AddSingleton<RepeatCallerCounter>();
        services.AddSingleton<SoftphoneStateReader>();
        services.AddSingleton<SoftphonePusher>();
        services.AddSingleton<SoftphoneChangeBroadcast>();
        services.AddSingleton<ICallStateObserver>(provider => provider.GetRequiredService<SoftphoneChangeBroadcast>());
        services.AddSingleton<IFollowUpObserver>(provider => provider.GetRequiredService<SoftphoneChangeBroadcast>());
        services.AddHostedService(provider => provider.GetRequiredService<SoftphoneChangeBroadcast>());
        services.AddSingleton<CounselorLink>();
        services.AddSingleton<WrapUpCodes>();
        services.AddHostedService<SoftphoneEventRelay>();
        services.AddSingleton<IFollowUpCallBack, OutboundCallBack>();
        return services;
    }
}
