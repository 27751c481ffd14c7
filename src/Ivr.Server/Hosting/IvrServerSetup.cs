using Ivr.Server.Accounts;
using Ivr.Server.Alerts;
using Ivr.Server.Auditing;
using Ivr.Server.CallControl;
using Ivr.Server.Counselors;
using Ivr.Server.CallNotes;
using Ivr.Server.CallRecords;
using Ivr.Server.Data;
using Ivr.Server.FollowUps;
using Ivr.Server.Lawyers;
using Ivr.Server.Health;
using Ivr.Server.Institutions;
using Ivr.Server.Ivr;
using Ivr.Server.Monitoring;
using Ivr.Server.Queueing;
using Ivr.Server.Prompts;
using Ivr.Server.Quality;
using Ivr.Server.RateLimiting;
using Ivr.Server.Recordings;
using Ivr.Server.Redis;
using Ivr.Server.Staffing;
using Ivr.Server.Planning;
using Ivr.Server.Reporting;
using Ivr.Server.Softphone;
using Ivr.Server.Telephony;
using Ivr.Server.Telemetry;
using Ivr.Server.Wallboard;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Hosting;

public static class IvrServerSetup
{
    public static WebApplicationBuilder AddIvrServer(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddProblemDetails();
        services.AddExceptionHandler<DependencyUnavailableHandler>();
        services.AddSingleton<IValidateOptions<TwilioOptions>, PublishedSecrets>();
        services.AddSingleton<IValidateOptions<CallRecordsOptions>, PublishedSecrets>();
        // DataAnnotations on the request records are enforced (400 with problem details) before a handler runs.
        services.AddValidation();
        services.AddOpenApi();
        services.AddHttpContextAccessor();
        // Twilio reaches us through a TLS-terminating proxy: trust its forwarded scheme and host so signatures match.
        services.Configure<ForwardedHeadersOptions>(options => options.ForwardedHeaders = ForwardedHeaders.All);

        services.AddIvrData()
            .AddIvrRedis()
            .AddIvrHealthChecks()
            .AddAccounts()
            .AddTelephony()
            .AddCallControl()
            .AddQueueing()
            .AddStaffing()
            .AddCounselors()
            .AddSoftphone()
            .AddCallRecords()
            .AddCallNotes()
            .AddQuality()
            .AddInstitutions()
            .AddFollowUps()
            .AddRecordings()
            .AddReporting()
            .AddPlanning()
            .AddIvr()
            .AddWallboard()
            .AddMonitoring()
            .AddAlerts()
            .AddLawyers();
        services.AddIvrDataProtection(builder.Environment);
        services.AddScoped<AuditLog>();
        services.AddScoped<AccountService>();
        services.AddIvrRateLimits();
        builder.AddIvrTelemetry();
        return builder;
    }

    public static WebApplication MapIvrServer(this WebApplication app)
    {
        // Where minimal hosting would put it (first), so that the endpoints below can be registered at once (the end).
        app.UseRouting();
        app.UseIvrTelemetry();
        app.UseForwardedHeaders();
        app.UsePromptAudio();
        app.UseExceptionHandler();
        app.UseRateLimiter();
        app.UseTwilioWebhooks();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseWebPages();
        app.UseAuthentication();
        app.UseStaffSessions();
        app.UseAuthorization();

        // The API's description is for developers: anonymous in Development, for signed-in staff elsewhere.
        var openApi = app.MapOpenApi();
        _ = app.Environment.IsDevelopment() ? openApi.AllowAnonymous() : openApi.RequireAuthorization();
        app.MapIvrHealth();
        app.MapAccounts();
        app.MapStaffing();
        app.MapCallControl();
        app.MapCounselors();
        app.MapAudit();
        app.MapSoftphone();
        app.MapOutboundApi();
        app.MapReports();
        app.MapPlanning();
        app.MapCallNotes();
        app.MapQuality();
        app.MapInstitutions();
        app.MapIvr();
        app.MapFollowUps();
        app.MapRecordings();
        app.MapWallboard();
        app.MapMonitoring();
        app.MapAlerts();
        app.MapLawyers();
        // Registers the routes for link generation now: left to minimal hosting, that happens when the server builds its
        // pipeline, after every background service has started, and a sweep ringing a counselor before then would find
        // no route to name in the call it places.
        app.UseEndpoints(_ => { });
        return app;
    }
}
