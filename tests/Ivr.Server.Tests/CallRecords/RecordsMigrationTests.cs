using Ivr.Server.CallRecords;
using Ivr.Server.CallRecords.Model;
using Ivr.Server.Data;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Tests.CallRecords;

public sealed class RecordsMigrationTests
{
    [Test]
    public async Task Migrate_FreshDatabase_MatchesTheModelAndSeedsTheCodeLists()
    {
        var connectionString = await TestServices.CreateDatabaseAsync("ivr_records_migrate");
        try
        {
            var options = new DbContextOptionsBuilder<RecordsDbContext>();
            options.UseIvrPostgres(connectionString, RecordsDbContext.Schema);
            await using var db = new RecordsDbContext(options.Options);

            await db.Database.MigrateAsync();

            Assert.That(db.Database.HasPendingModelChanges(), Is.False, "the model changed without a migration");
            var residency = await db.CodeLists.Where(entry => entry.List == CodeLists.ResidencyStatus).Select(entry => entry.Code).ToListAsync();
            Assert.That(residency, Is.SupersetOf(new[] { "F-4", "H-2", "F-6", "E-9", "D-2", "F-5" }));
            Assert.That(await db.CodeLists.CountAsync(entry => entry.List == CodeLists.Topic), Is.GreaterThan(5));
        }
        finally
        {
            await TestServices.DropDatabaseAsync(connectionString);
        }
    }
}
