using Ivr.Server.Data;

namespace Ivr.Server.Staffing;

public static class StaffingServiceCollectionExtensions
{
    public static IServiceCollection AddStaffing(this IServiceCollection services)
    {
        services.AddIvrDbContext<StaffingDbContext>(StaffingDbContext.Schema);
        services.AddScoped<StaffingService>();
        services.AddHostedService<CounselorProfileSync>();
        return services;
    }
}
