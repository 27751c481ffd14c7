using Ivr.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ivr.Server.CallRecords.Pipeline;

/// <summary>
/// Creates the writer's contexts: no EF retry strategy (the writer retries whole batches itself, leaving the events
/// pending in Redis meanwhile), and any interceptors registered for the writer (tests inject faults with them).
/// </summary>
public sealed class RecordsContextSource(IOptions<ConnectionStringsOptions> connectionStrings, IEnumerable<RecordsWriterInterceptor> interceptors)
{
    public RecordsDbContext Create()
    {
        var options = new DbContextOptionsBuilder<RecordsDbContext>()
            .UseNpgsql(connectionStrings.Value.Postgres, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", RecordsDbContext.Schema))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(interceptors.Select(wrapper => wrapper.Interceptor));
        return new RecordsDbContext(options.Options);
    }
}
