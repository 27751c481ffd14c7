using Microsoft.Extensions.Options;

namespace Ivr.Server.Recordings;

public static class RecordingsServiceCollectionExtensions
{
    /// <summary>
    /// Call recording: the options (which languages, which tags, retention per type), the recording status callback,
    /// playback through the server, retention that deletes at Twilio, and the pause while the caller is on hold. The consent is the IVR's (Ivr/RecordingConsentFlow).
    /// </summary>
    public static IServiceCollection AddRecordings(this IServiceCollection services)
    {
        services.AddOptions<RecordingOptions>().BindConfiguration(RecordingOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RecordingOptions>, RecordingOptionsValidator>();
        services.AddSingleton<CallRecordingCallback>();
        services.AddSingleton<RecordingPolicy>();
        services.AddSingleton<RecordingPauses>();
        services.AddScoped<CallRecordingStore>();
        services.AddSingleton<CallRecordingRetention>();
        services.AddHostedService<CallRecordingRetentionJob>();
        services.AddSingleton<ParkedCallRecordings>();
        services.AddHostedService(provider => provider.GetRequiredService<ParkedCallRecordings>());
        return services;
    }

    public static WebApplication MapRecordings(this WebApplication app)
    {
        app.MapCallRecordingStatus();
        app.MapRecordingPlayback();
        app.MapRecordingSettings();
        return app;
    }
}
