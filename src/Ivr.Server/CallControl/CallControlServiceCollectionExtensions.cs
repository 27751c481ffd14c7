using Ivr.Server.Queueing;
using Ivr.Server.Telephony;
using Ivr.Server.Telephony.Rest;

namespace Ivr.Server.CallControl;

public static class CallControlServiceCollectionExtensions
{
    public static IServiceCollection AddCallControl(this IServiceCollection services)
    {
        services.AddOptions<CallControlOptions>().BindConfiguration(CallControlOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddTwilioRestClient();
        services.AddSingleton<CallLegs>();
        services.AddSingleton<CallbackSequencer>();
        services.AddSingleton<PublicUrls>();
        services.AddSingleton<IMatchDispatcher, TwilioMatchDispatcher>();
        return services;
    }

    public static IEndpointRouteBuilder MapCallControl(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapTwilioGroup().MapCounselorLeg();
        return endpoints;
    }
}
