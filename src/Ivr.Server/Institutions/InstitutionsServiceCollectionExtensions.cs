using Ivr.Server.Data;

namespace Ivr.Server.Institutions;

public static class InstitutionsServiceCollectionExtensions
{
    public static IServiceCollection AddInstitutions(this IServiceCollection services)
    {
        services.AddSingleton<InstitutionDirectory>();
        services.AddScoped<ReferralReader>();
        services.AddOptions<InstitutionLineOptions>().BindConfiguration(InstitutionLineOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services.AddIvrDbContext<InstitutionsDbContext>(InstitutionsDbContext.Schema);
    }
}
