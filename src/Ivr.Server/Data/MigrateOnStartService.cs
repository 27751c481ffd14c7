using Microsoft.Extensions.Options;

namespace Ivr.Server.Data;

/// <summary>Applies pending migrations before the server takes requests, when <c>Database:MigrateOnStart</c> is set.</summary>
public sealed class MigrateOnStartService(DatabaseMigrator migrator, IOptions<DatabaseOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        options.Value.MigrateOnStart ? migrator.MigrateAsync(cancellationToken) : Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
