using Ivr.Server.CallControl.Callbacks;
using Ivr.Server.CallControl.InCall;
using Ivr.Server.CallControl.Outbound;
using Ivr.Server.CallControl.OutsideNumbers;
using Ivr.Server.Queueing;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
        services.AddSingleton<CounselorRing>();
        services.AddSingleton<IMatchDispatcher, TwilioMatchDispatcher>();
        services.AddSingleton<ConferenceControl>();
        services.AddSingleton<CounselorLegHangUps>();
        services.AddHostedService(provider => provider.GetRequiredService<CounselorLegHangUps>());
        services.AddSingleton<TransferRedirects>();
        services.AddHostedService(provider => provider.GetRequiredService<TransferRedirects>());
        services.AddInCallOperations();
        services.AddSingleton<OutsideNumberPolicy>();
        services.AddSingleton<UnansweredDialLegs>();
        services.AddSingleton<CallbackAttempts>();
        services.AddSingleton<CallbackDial>();
        services.AddSingleton<ICallbackLine>(provider => provider.GetRequiredService<CallbackDial>());
        services.AddSingleton<OutboundCalls>();
        services.AddSingleton<OutboundQuota>();
        services.AddSingleton<OutboundDial>();
        services.AddSingleton<OutboundFailures>();
        services.AddSingleton<ConnectedCallAuditor>();
        services.AddHostedService(provider => provider.GetRequiredService<ConnectedCallAuditor>());
        // The softphone's live view registers its own observer; without one, nobody is told.
        services.TryAddSingleton<ICallStateObserver, NoCallStateObserver>();
        // Monitoring follows a warm transfer with its own (a whisper coaches the new counselor).
        services.TryAddSingleton<ICallHandoverObserver, NoCallHandoverObserver>();
        return services;
    }

    public static IEndpointRouteBuilder MapCallControl(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapTwilioGroup().MapCounselorLeg().MapConsultLeg().MapPartyLeg().MapCallerTwiml().MapCallbackCalls().MapOutboundCalls();
        endpoints.MapOutsideNumbers();
        return endpoints;
    }
}
