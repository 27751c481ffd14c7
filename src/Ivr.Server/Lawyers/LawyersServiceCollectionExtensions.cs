using Ivr.Server.Data;

namespace Ivr.Server.Lawyers;

public static class LawyersServiceCollectionExtensions
{
    /// <summary>
    /// The "Local Lawyer for Foreigners" service (docs/lawyers.md): the lawyer roster and the sessions counselors book for
    /// callers (schema <c>lawyers</c>), with the caller's SMS confirmation and day-before reminder, and the runner that
    /// holds an interpreter and bridges counselor, lawyer and caller at the session's time.
    /// </summary>
    public static IServiceCollection AddLawyers(this IServiceCollection services)
    {
        services.AddIvrDbContext<LawyersDbContext>(LawyersDbContext.Schema);
        services.AddSingleton<SlotCalendar>();
        services.AddSingleton<CallerOfCall>();
        services.AddScoped<LawyerRoster>();
        services.AddScoped<LawyerBookings>();
        services.AddScoped<SessionBoard>();
        services.AddOptions<LawyerOptions>().BindConfiguration(LawyerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<LawyerMessages>();
        services.AddSingleton<SessionSms>();
        services.AddSingleton<BookingTexts>();
        services.AddSingleton<IBookingObserver>(provider => provider.GetRequiredService<BookingTexts>());
        services.AddSingleton<LawyerNotices>();
        services.AddSingleton<IBookingObserver>(provider => provider.GetRequiredService<LawyerNotices>());
        services.AddHostedService<BookingTextsJob>();
        services.AddSingleton<InterpreterPicker>();
        services.AddSingleton<SessionHolds>();
        services.AddSingleton<IBookingObserver>(provider => provider.GetRequiredService<SessionHolds>());
        services.AddSingleton<SessionEnding>();
        services.AddSingleton<LawyerSessions>();
        services.AddSingleton<SessionParties>();
        services.AddSingleton<SessionLegEvents>();
        services.AddSingleton<SessionResumer>();
        services.AddSingleton<SessionRunnerJob>();
        services.AddHostedService(provider => provider.GetRequiredService<SessionRunnerJob>());
        services.AddSingleton<LawyerRetention>();
        services.AddHostedService(provider => provider.GetRequiredService<LawyerRetention>());
        return services;
    }

    public static WebApplication MapLawyers(this WebApplication app)
    {
        app.MapLawyerApi();
        app.MapLawyerMessageStatus();
        app.MapLawyerSessionLegs();
        return app;
    }
}
