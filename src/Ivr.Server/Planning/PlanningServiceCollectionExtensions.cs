using Ivr.Server.Data;
using Ivr.Server.Planning.Plans;

namespace Ivr.Server.Planning;

public static class PlanningServiceCollectionExtensions
{
    /// <summary>Workforce planning over the call-record rollups and the holiday calendar; needs <c>AddCallRecords</c> and <c>AddIvr</c>; the plan's versions are in schema <c>planning</c>.</summary>
    public static IServiceCollection AddPlanning(this IServiceCollection services)
    {
        services.AddSingleton<IntervalHistoryReader>();
        services.AddSingleton<IPlanningCalendar, CenterPlanningCalendar>();
        services.AddSingleton<WorkforcePlanner>();
        services.AddSingleton<LanguageTeams>();
        services.AddIvrDbContext<PlanningDbContext>(PlanningDbContext.Schema);
        services.AddScoped<PlanStore>();
        services.AddSingleton<StaffingOutlook>();
        return services;
    }
}
