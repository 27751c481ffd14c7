using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Data;

/// <summary>Applies pending migrations before the server takes requests, when <c>Database:MigrateOnStart</c> is set.</summary>
public sealed class MigrateOnStartService(IServiceScopeFactory scopes, IOptions<DatabaseOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateOnStart)
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IvrDbContext>().Database.MigrateAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
