using Ivr.Server.Data;
using Ivr.Server.LivePages;

namespace Ivr.Server.Staffing;

public static class StaffingServiceCollectionExtensions
{
    public static IServiceCollection AddStaffing(this IServiceCollection services)
    {
        services.AddIvrDbContext<StaffingDbContext>(StaffingDbContext.Schema);
        services.AddScoped<StaffingService>();
        services.AddHostedService<CounselorProfileSync>();
        services.AddPagePush<StaffingHub>(StaffingHub.Message, async (provider, cancellationToken) =>
            await provider.GetRequiredService<StaffingService>().ListAsync(cancellationToken));
        return services;
    }
}
