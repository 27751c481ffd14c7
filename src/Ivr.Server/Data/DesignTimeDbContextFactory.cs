using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ivr.Server.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the server.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<IvrDbContext>
{
    public IvrDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<IvrDbContext>();
        options.UseIvrPostgres(Environment.GetEnvironmentVariable("ConnectionStrings__Postgres")
            ?? "Host=127.0.0.1;Port=5433;Username=ivr;Password=ivr;Database=ivr");
        return new IvrDbContext(options.Options);
    }
}
