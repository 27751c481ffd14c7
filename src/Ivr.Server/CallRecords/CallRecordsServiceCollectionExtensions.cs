using Ivr.Server.CallRecords.Demo;
using Ivr.Server.CallRecords.Pipeline;
using Ivr.Server.CallRecords.Privacy;
using Ivr.Server.CallRecords.Rollups;
using Ivr.Server.Data;

namespace Ivr.Server.CallRecords;

public static class CallRecordsServiceCollectionExtensions
{
    public static IServiceCollection AddCallRecords(this IServiceCollection services)
    {
        services.AddOptions<CallRecordsOptions>()
            .BindConfiguration(CallRecordsOptions.Section)
            // One contact center per server: the stream drained is the one the IVR and the ACD write to.
            .Configure<IConfiguration>((options, configuration) =>
                options.ContactCenter = configuration[$"{Queueing.AcdOptions.Section}:{nameof(Queueing.AcdOptions.ContactCenter)}"] ?? options.ContactCenter)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddIvrDbContext<RecordsDbContext>(RecordsDbContext.Schema);
        services.AddSingleton<RecordsContextSource>();
        services.AddSingleton<CallerProtector>();
        services.AddSingleton<CallEventBatchStore>();
        services.AddSingleton<WriterStatus>();
        services.AddSingleton<RecordsRetention>();
        services.AddSingleton<DemoRecordGenerator>();
        services.AddSingleton<RollupRebuilder>();
        services.AddHostedService<CallRecordWriter>();
        services.AddHostedService<RetentionJob>();
        // Not "ready": readiness means the instance can take calls, and it can while PostgreSQL is down (records wait in Redis).
        services.AddHealthChecks().AddCheck<CallRecordsHealthCheck>("call-records", timeout: TimeSpan.FromSeconds(2));
        return services;
    }
}
