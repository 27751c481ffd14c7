using Ivr.Server.CallRecords;
using Ivr.Server.CallRecords.Model;
using Ivr.Server.Data;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ivr.Server.Tests.CallRecords;

public sealed class RecordsMigrationTests
{
    [Test]
    public Task Migrate_FreshDatabase_MatchesTheModelAndSeedsTheCodeLists() => WithDatabaseAsync("ivr_records_migrate", async db =>
    {
        await db.Database.MigrateAsync();

        Assert.That(db.Database.HasPendingModelChanges(), Is.False, "the model changed without a migration");
        var residency = await db.CodeLists.Where(entry => entry.List == CodeLists.ResidencyStatus).Select(entry => entry.Code).ToListAsync();
        Assert.That(residency, Is.SupersetOf(new[] { "F-4", "H-2", "F-6", "E-9", "D-2", "F-5" }));
        Assert.That(await db.CodeLists.CountAsync(entry => entry.List == CodeLists.Topic), Is.GreaterThan(5));
    });

    [Test]
    public Task Migrate_MessagesLeft_CountsTheMessagesOfCallsStoredBefore() => WithDatabaseAsync("ivr_records_messages", async db =>
    {
        await db.GetService<IMigrator>().MigrateAsync("20261205102505_InstitutionCalls");
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO records.calls (call_sid, day, hour, language, outcome, event_count, direction)
            VALUES ('CA-1', '2026-03-02', 20, 'vi', 'after_hours', 3, 'inbound'), ('CA-2', '2026-03-02', 10, 'vi', 'answered', 5, 'inbound');
            INSERT INTO records.call_events (event_id, stream_id, call_sid, type, at, fields, written_at)
            VALUES ('e1', '1-0', 'CA-1', 'call.message-left', now(), '{{"language": "vi"}}', now());
            INSERT INTO records.daily_language (day, language, arrivals, self_service, abandoned_in_menu, after_hours, closed, queue_full, queued,
                answered, abandoned_in_queue, callbacks, queue_timeouts, transferred, overflowed, handled, wrapped_up, answered_wait_seconds,
                talk_seconds, hold_seconds, wrap_up_seconds, longest_wait_seconds, answered_within, abandoned_within)
            VALUES ('2026-03-02', 'vi', 2, 0, 0, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0, 1, 0, 10, 100, 0, 0, 10, '{{}}', '{{}}');
            """);

        await db.Database.MigrateAsync();

        Assert.That((await db.DailyLanguage.AsNoTracking().SingleAsync()).MessageLeft, Is.EqualTo(1));
        Assert.That(await db.Calls.Where(call => call.MessageLeft).Select(call => call.CallSid).ToListAsync(), Is.EqualTo(new[] { "CA-1" }));
    });

    private static async Task WithDatabaseAsync(string name, Func<RecordsDbContext, Task> test)
    {
        var connectionString = await TestServices.CreateDatabaseAsync(name);
        try
        {
            var options = new DbContextOptionsBuilder<RecordsDbContext>();
            options.UseIvrPostgres(connectionString, RecordsDbContext.Schema);
            await using var db = new RecordsDbContext(options.Options);
            await test(db);
        }
        finally
        {
            await TestServices.DropDatabaseAsync(connectionString);
        }
    }
}
