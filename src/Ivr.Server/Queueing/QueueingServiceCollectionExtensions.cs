using Ivr.Acd.Engine;
using Ivr.Acd.Routing;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Ivr.Server.Queueing;

public static class QueueingServiceCollectionExtensions
{
    /// <summary>The ACD engine and its server side; the IMatchDispatcher that rings counselors comes from CallControl.</summary>
    public static IServiceCollection AddQueueing(this IServiceCollection services)
    {
        services.AddOptions<AcdOptions>()
            .BindConfiguration(AcdOptions.Section)
            .ValidateDataAnnotations()
            .Validate(options => TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _), "Acd:TimeZone is not a known time zone.")
            .Validate(options => options.TeamPreferences.All(team => RoutingTag.IsValid(team.Key) && team.Value >= TimeSpan.Zero && team.Value <= TimeSpan.FromMinutes(30)),
                $"Acd:TeamPreferences needs teams of {RoutingTag.Rule}, each with a wait of 0 to 30 min.")
            .ValidateOnStart();
        services.AddSingleton(provider => new AcdEngine(
            provider.GetRequiredService<IConnectionMultiplexer>().GetDatabase(),
            AcdSettingsFactory.Create(provider.GetRequiredService<IOptions<AcdOptions>>().Value, provider.GetRequiredService<IOptions<MaxWaitOptions>>().Value),
            provider.GetRequiredService<TimeProvider>()));
        // Every feature names its Redis keys under the one contact center this server serves (Acd:ContactCenter).
        services.AddSingleton(provider => provider.GetRequiredService<AcdEngine>().Keys.ContactCenter);
        services.AddSingleton<ICallerQueue, AcdCallerQueue>();
        services.AddSingleton<WaitingPolicies>();
        services.AddSingleton<Configuration.IHoldKeyNeeds>(provider => provider.GetRequiredService<WaitingPolicies>());
        services.AddSingleton<Configuration.IIvrSnapshotListener, AcdLanguageSync>();
        services.AddHostedService<AcdSweeperService>();
        services.AddOptions<CallbackOptions>()
            .BindConfiguration(CallbackOptions.Section)
            .ValidateDataAnnotations()
            .Validate(options => options.OfferAboveByLanguage.All(entry => LanguageCode.IsValid(entry.Key) && entry.Value >= TimeSpan.Zero && entry.Value <= TimeSpan.FromHours(2)),
                "Callbacks:OfferAboveByLanguage needs language codes, each with a threshold of 0 to 2 h.")
            .ValidateOnStart();
        services.AddOptions<MaxWaitOptions>().BindConfiguration(MaxWaitOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MaxWaitOptions>, MaxWaitOptionsValidator>();
        services.AddSingleton<CallbackCarryOver>();
        services.AddHostedService(provider => provider.GetRequiredService<CallbackCarryOver>());
        return services;
    }
}
