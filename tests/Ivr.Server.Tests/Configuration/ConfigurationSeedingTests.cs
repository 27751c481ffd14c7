using Ivr.Server.Configuration;
using Ivr.Server.Data;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Tests.Configuration;

/// <summary>
/// Several instances started at once on an empty database each seed the default configuration: one seeds it, the
/// others find it seeded; none fails (before, all but one met a duplicate key and their first load failed).
/// </summary>
public sealed class ConfigurationSeedingTests
{
    [Test]
    public async Task EnsureSeeded_ByFourInstancesAtOnceOnAnEmptyDatabase_SeedsOnceAndNoneFails()
    {
        var database = await TestServices.CreateDatabaseAsync("ivr_seed");
        try
        {
            await using (var migrating = Context(database))
            {
                await migrating.Database.MigrateAsync();
            }
            var contexts = Enumerable.Range(0, 4).Select(_ => Context(database)).ToList();

            await Task.WhenAll(contexts.Select(context => new ConfigurationStore(context, TimeProvider.System).EnsureSeededAsync(CancellationToken.None)));

            await using var check = Context(database);
            Assert.That(await check.MenuVersions.CountAsync(), Is.EqualTo(1));
            Assert.That(await check.ActiveMenu.CountAsync(), Is.EqualTo(1));
            foreach (var context in contexts)
            {
                await context.DisposeAsync();
            }
        }
        finally
        {
            await TestServices.DropDatabaseAsync(database);
        }
    }

    private static ConfigurationDbContext Context(string connectionString)
    {
        var options = new DbContextOptionsBuilder<ConfigurationDbContext>();
        options.UseIvrPostgres(connectionString, ConfigurationDbContext.Schema);
        return new ConfigurationDbContext(options.Options);
    }
}
