namespace Ivr.Server.Counselors;

public static class CounselorsServiceCollectionExtensions
{
    public static IServiceCollection AddCounselors(this IServiceCollection services)
    {
        services.AddSingleton<CounselorActions>();
        services.AddSingleton<CounselorCalls>();
        services.AddSingleton<VoiceTokenIssuer>();
        services.AddOptions<VoiceTokenOptions>().BindConfiguration(VoiceTokenOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
