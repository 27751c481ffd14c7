namespace Ivr.Server.Reporting;

public static class ReportingServiceCollectionExtensions
{
    /// <summary>Reports over the call-record rollups; needs <c>AddCallRecords</c>.</summary>
    public static IServiceCollection AddReporting(this IServiceCollection services)
    {
        services.AddOptions<ReportingOptions>()
            .BindConfiguration(ReportingOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ReportSql>();
        services.AddSingleton<VolumeReports>();
        services.AddSingleton<ServiceReports>();
        services.AddSingleton<CallbackReports>();
        services.AddSingleton<QualityReports>();
        services.AddSingleton<InstitutionReports>();
        services.AddSingleton<LawyerReports>();
        services.AddSingleton<CallReports>();
        return services;
    }
}
