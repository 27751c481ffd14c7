using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Data;

/// <summary>A DbContext whose migrations the server applies; each feature with its own schema registers one.</summary>
public sealed record MigratedContext(Type ContextType);

/// <summary>Applies the pending migrations of every registered DbContext, in registration order.</summary>
public sealed class DatabaseMigrator(IServiceScopeFactory scopes, IEnumerable<MigratedContext> contexts)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        foreach (var context in contexts)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(context.ContextType);
            await db.Database.MigrateAsync(cancellationToken);
        }
    }
}
