using Ivr.Server.Configuration;
using Ivr.Server.Prompts;
using Ivr.Server.Queueing;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Ivr;

public static class IvrServiceCollectionExtensions
{
    /// <summary>
    /// The caller IVR: menus, hours and prompts from configuration, call sessions in Redis. The queue callers join
    /// (ICallerQueue) and the contact center's key names come from the ACD (Queueing/).
    /// </summary>
    public static IServiceCollection AddIvr(this IServiceCollection services)
    {
        services.AddOptions<IvrOptions>().BindConfiguration(IvrOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MessageOptions>().BindConfiguration(MessageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddIvrConfiguration(provider =>
            new CenterTimeZone(TimeZoneInfo.FindSystemTimeZoneById(provider.GetRequiredService<IOptions<IvrOptions>>().Value.TimeZone)));
        services.AddPrompts();
        services.AddSingleton<SessionWriteBatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<SessionWriteBatcher>());
        services.AddSingleton<CallSessionStore>();
        services.AddSingleton<IvrTwiml>();
        services.AddSingleton<StepRenderer>();
        services.AddSingleton<RememberedLanguageStore>();
        services.AddSingleton<RememberedLanguageOffer>();
        services.AddSingleton<QueueTwiml>();
        services.AddSingleton<MessageTwiml>();
        services.AddSingleton<CallMenus>();
        services.AddScoped<MenuFlow>();
        services.AddScoped<InstitutionLineFlow>();
        services.AddScoped<HoldFlow>();
        services.AddScoped<MessageFlow>();
        services.AddSingleton<CallStatusCallback>();
        services.AddSingleton<HoldRejoin>();
        services.AddSingleton<CallbackBooking>();
        services.AddSingleton<MaxWaitOffers>();
        services.AddSingleton<RecordingConsentFlow>();
        services.AddSingleton<CallRecordingDecision>();
        return services;
    }

    public static WebApplication MapIvr(this WebApplication app)
    {
        app.MapVoice();
        app.MapConfigurationApis();
        app.MapWaitingPolicyApi();
        app.MapMenuPreview();
        app.MapHearNow();
        app.MapPromptsApi();
        return app;
    }
}
