using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ivr.Server.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build a context's model without starting the server.</summary>
public abstract class DesignTimeDbContextFactory<TContext>(string? schema = null) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>();
        options.UseIvrPostgres(
            Environment.GetEnvironmentVariable("ConnectionStrings__Postgres") ?? "Host=127.0.0.1;Port=5433;Username=ivr;Password=ivr;Database=ivr",
            schema);
        return (TContext)Activator.CreateInstance(typeof(TContext), options.Options)!;
    }
}

public sealed class IvrDbContextDesignTimeFactory : DesignTimeDbContextFactory<IvrDbContext>;
