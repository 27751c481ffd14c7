using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Data;

public static class DataServiceCollectionExtensions
{
    public static IServiceCollection AddIvrData(this IServiceCollection services)
    {
        services.AddOptions<ConnectionStringsOptions>()
            .BindConfiguration(ConnectionStringsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section);

        services.AddDbContext<IvrDbContext>((provider, options) =>
            options.UseIvrPostgres(provider.GetRequiredService<IOptions<ConnectionStringsOptions>>().Value.Postgres));
        services.AddHostedService<MigrateOnStartService>();
        return services;
    }

    public static DbContextOptionsBuilder UseIvrPostgres(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure(maxRetryCount: 3))
            .UseSnakeCaseNamingConvention();
}
