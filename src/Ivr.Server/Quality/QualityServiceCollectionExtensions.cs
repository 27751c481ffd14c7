using Ivr.Server.Data;

namespace Ivr.Server.Quality;

public static class QualityServiceCollectionExtensions
{
    public static IServiceCollection AddQuality(this IServiceCollection services) =>
        services.AddIvrDbContext<QualityDbContext>(QualityDbContext.Schema);
}
