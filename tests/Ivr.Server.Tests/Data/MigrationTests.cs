using Ivr.Server.Authorization;
using Ivr.Server.Data;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Ivr.Server.Tests.Data;

public sealed class MigrationTests
{
    private string connectionString = "";

    [SetUp]
    public async Task CreateDatabase() => connectionString = await TestServices.CreateDatabaseAsync("ivr_migrate");

    [TearDown]
    public Task DropDatabase() => TestServices.DropDatabaseAsync(connectionString);

    [Test]
    public async Task Migrate_FreshDatabase_CreatesTheSchemaAndSeedsRoles()
    {
        await using var db = NewContext();

        await db.Database.MigrateAsync();

        Assert.That(await db.Database.GetPendingMigrationsAsync(), Is.Empty);
        Assert.That(db.Database.HasPendingModelChanges(), Is.False, "the model changed without a migration: run dotnet ef migrations add");
        Assert.That(await TablesAsync(), Is.SupersetOf(new[] { "users", "roles", "user_roles", "audit_entries", "data_protection_keys" }));
        Assert.That(await db.Roles.Select(role => role.Name).ToListAsync(), Is.EquivalentTo(Roles.All));
    }

    [Test]
    public async Task Migrate_RunTwice_IsHarmless()
    {
        await using var db = NewContext();
        await db.Database.MigrateAsync();

        await db.Database.MigrateAsync();

        Assert.That(await db.Database.GetAppliedMigrationsAsync(), Is.EquivalentTo(db.Database.GetMigrations()));
    }

    private IvrDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<IvrDbContext>();
        options.UseIvrPostgres(connectionString);
        return new IvrDbContext(options.Options);
    }

    private async Task<List<string>> TablesAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new List<string>();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }
        return tables;
    }
}
