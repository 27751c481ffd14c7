using Ivr.Server.Hours;
using Ivr.Server.Menus;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Configuration;

/// <summary>Reads and writes the configuration tables; seeds the 1345 defaults into an empty database.</summary>
public sealed class ConfigurationStore(ConfigurationDbContext db, TimeProvider clock)
{
    public ConfigurationDbContext Db { get; } = db;

    /// <summary>Any lock id held only while seeding: instances starting at once on an empty database seed one after another.</summary>
    private const long SeedLock = 1345_0001;

    public async Task EnsureSeededAsync(CancellationToken cancellationToken)
    {
        if (await Db.ActiveMenu.AnyAsync(cancellationToken))
        {
            return;
        }
        // Several instances may start on an empty database at once: under the lock the first seeds, the others find the
        // seed and leave it (without it all but one met a duplicate key and failed their first load).
        await Db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            Db.ChangeTracker.Clear();
            await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
            await Db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SeedLock})", cancellationToken);
            if (!await Db.ActiveMenu.AnyAsync(cancellationToken))
            {
                await SeedAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        });
    }

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!await Db.Languages.AnyAsync(cancellationToken))
        {
            Db.Languages.AddRange(DefaultLanguages.All.Select(line => line.ToRecord()));
        }
        var version = new MenuVersionRecord
        {
            Definition = MenuJson.Serialize(DefaultMenu.Definition),
            Note = "1345 default menu",
            CreatedAt = now,
            CreatedBy = "seed",
            PublishedAt = now,
            PublishedBy = "seed",
        };
        Db.MenuVersions.Add(version);
        Db.Closure.Add(new ClosureRecord { ChangedAt = now });
        await Db.SaveChangesAsync(cancellationToken);
        Db.ActiveMenu.Add(new ActiveMenuRecord { Version = version.Version, ActivatedAt = now, ActivatedBy = "seed" });
        await Db.SaveChangesAsync(cancellationToken);
    }

    public async Task<(int Version, MenuDefinition Menu, HoursDirectory Hours)> LoadAsync(TimeZoneInfo timeZone, CancellationToken cancellationToken)
    {
        var active = await Db.ActiveMenu.AsNoTracking().SingleAsync(cancellationToken);
        var menu = await GetMenuAsync(active.Version, cancellationToken)
            ?? throw new InvalidOperationException($"The active menu version {active.Version} does not exist.");
        var languages = await Db.Languages.AsNoTracking().ToListAsync(cancellationToken);
        var holidays = await Db.Holidays.AsNoTracking().ToListAsync(cancellationToken);
        var closure = await Db.Closure.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        var hours = new HoursDirectory(
            languages.Select(language => language.ToLine()),
            holidays.Select(holiday => holiday.ToHoliday()),
            closure?.ToClosure() ?? Hours.Closure.None,
            timeZone);
        return (active.Version, menu, hours);
    }

    public async Task<RememberedLanguageSettings> LoadRememberedLanguageAsync(CancellationToken cancellationToken) =>
        await Db.RememberedLanguage.AsNoTracking().SingleOrDefaultAsync(cancellationToken) is { } record
            ? new RememberedLanguageSettings(record.Days)
            : RememberedLanguageSettings.Default;

    public async Task<IReadOnlyDictionary<string, WaitingPolicy>> LoadWaitingPoliciesAsync(CancellationToken cancellationToken) =>
        (await Db.WaitingPolicies.AsNoTracking().ToListAsync(cancellationToken))
            .ToDictionary(record => record.Language, record => record.ToPolicy(), StringComparer.Ordinal);

    public async Task<IReadOnlyDictionary<string, bool>> LoadRecordingSettingsAsync(CancellationToken cancellationToken) =>
        await Db.RecordingSettings.AsNoTracking().ToDictionaryAsync(record => record.Key, record => record.Recorded, StringComparer.Ordinal, cancellationToken);

    public async Task<MenuDefinition?> GetMenuAsync(int version, CancellationToken cancellationToken) =>
        await Db.MenuVersions.AsNoTracking().Where(record => record.Version == version).Select(record => record.Definition)
            .SingleOrDefaultAsync(cancellationToken) is { } json
            ? MenuJson.Deserialize(json)
            : null;

    /// <summary>Points the active menu at <paramref name="version"/>; the caller saves (with its audit entry).</summary>
    public async Task<ActiveMenuRecord> ActivateAsync(int version, string actor, CancellationToken cancellationToken)
    {
        var active = await Db.ActiveMenu.SingleAsync(cancellationToken);
        active.Version = version;
        active.ActivatedAt = clock.GetUtcNow();
        active.ActivatedBy = actor;
        return active;
    }
}
