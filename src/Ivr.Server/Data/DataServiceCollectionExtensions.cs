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
        services.AddSingleton<DatabaseMigrator>();
        services.AddHostedService<MigrateOnStartService>();
        return services.AddIvrDbContext<IvrDbContext>();
    }

    /// <summary>
    /// Registers a feature's DbContext on the shared PostgreSQL database. A context with a <paramref name="schema"/>
    /// keeps its tables and its migrations history there, so features migrate independently.
    /// </summary>
    public static IServiceCollection AddIvrDbContext<TContext>(this IServiceCollection services, string? schema = null)
        where TContext : DbContext
    {
        services.AddDbContext<TContext>((provider, options) =>
            options.UseIvrPostgres(provider.GetRequiredService<IOptions<ConnectionStringsOptions>>().Value.Postgres, schema));
        services.AddSingleton(new MigratedContext(typeof(TContext)));
        return services;
    }

    public static DbContextOptionsBuilder UseIvrPostgres(this DbContextOptionsBuilder options, string connectionString, string? schema = null) =>
        options.UseNpgsql(connectionString, npgsql =>
            {
                npgsql.EnableRetryOnFailure(maxRetryCount: 3);
                if (schema is not null)
                {
                    npgsql.MigrationsHistoryTable("__ef_migrations_history", schema);
                }
            })
            .UseSnakeCaseNamingConvention();
}
