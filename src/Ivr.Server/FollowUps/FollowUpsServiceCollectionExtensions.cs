using Ivr.Server.Data;

namespace Ivr.Server.FollowUps;

public static class FollowUpsServiceCollectionExtensions
{
    /// <summary>
    /// Follow-up tasks: messages callers leave, and callbacks that failed, become tasks for their language's counselors (schema <c>followups</c>),
    /// played through the server, claimed and closed, and deleted with their recordings at Twilio by retention.
    /// </summary>
    public static IServiceCollection AddFollowUps(this IServiceCollection services)
    {
        services.AddIvrDbContext<FollowUpsDbContext>(FollowUpsDbContext.Schema);
        services.AddSingleton<CallerNumbers>();
        services.AddSingleton<SignedInCounselor>();
        services.AddSingleton<FollowUpRetention>();
        services.AddSingleton<FollowUpMetrics>();
        services.AddScoped<MessageIntake>();
        services.AddScoped<CallbackTasks>();
        services.AddScoped<FollowUpStore>();
        services.AddHostedService<FollowUpRetentionJob>();
        services.AddSingleton<ParkedMessages>();
        services.AddHostedService(provider => provider.GetRequiredService<ParkedMessages>());
        return services;
    }

    public static WebApplication MapFollowUps(this WebApplication app)
    {
        app.MapFollowUpApi();
        app.MapMessageRecordingStatus();
        return app;
    }
}
