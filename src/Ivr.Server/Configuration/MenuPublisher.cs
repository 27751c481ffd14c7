using System.Globalization;
using Ivr.Server.Auditing;
using Ivr.Server.Menus;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Configuration;

/// <summary>
/// Drafts, validates, publishes and rolls back menu versions; every change is audited and reaches every instance. A
/// menu whose hold options lack a key a waiting policy in force offers (<see cref="IHoldKeyNeeds"/>) is not valid.
/// </summary>
public sealed class MenuPublisher(
    ConfigurationStore store, ConfigurationCache cache, IPromptTexts prompts, IEnumerable<IHoldKeyNeeds> needs, AuditLog audit, TimeProvider clock)
{
    /// <summary>Where a hold key a waiting policy needs is missing (the problem's field).</summary>
    public const string HoldOptionsField = "holdOptions";

    public async Task<IReadOnlyList<MenuValidationError>> ValidateAsync(MenuDefinition menu, CancellationToken cancellationToken)
    {
        var snapshot = await cache.GetAsync(cancellationToken);
        return [.. MenuValidator.Validate(menu, snapshot.Hours, prompts), .. MissingHoldKeys(menu, snapshot)];
    }

    private IEnumerable<MenuValidationError> MissingHoldKeys(MenuDefinition menu, IvrSnapshot snapshot) =>
        needs.SelectMany(source => source.NeedsOf(snapshot))
            .Where(need => !menu.HoldOptions.Values.Contains(need.Action))
            .Select(need => new MenuValidationError(HoldOptionsField,
                $"language {need.Language}: its waiting policy's maximum wait offers '{need.Action}', but no hold option has it (add the key, or change the waiting policy first)"));

    public async Task<MenuVersionRecord> DraftAsync(MenuDefinition menu, string? note, string actor, CancellationToken cancellationToken)
    {
        var record = new MenuVersionRecord
        {
            Definition = MenuJson.Serialize(menu),
            Note = note,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = actor,
        };
        store.Db.MenuVersions.Add(record);
        await store.Db.SaveChangesAsync(cancellationToken);
        // The version number exists once the row does; the entry names it, so it is written second.
        await audit.WriteAsync("menu.draft", Subject(record.Version), note, cancellationToken: cancellationToken);
        return record;
    }

    /// <summary>Publishes a draft and makes it the version new calls start on; null when there is no such version.</summary>
    public async Task<(MenuVersionRecord? Version, IReadOnlyList<MenuValidationError> Errors)> PublishAsync(int version, string actor, CancellationToken cancellationToken)
    {
        var record = await store.Db.MenuVersions.SingleOrDefaultAsync(menu => menu.Version == version, cancellationToken);
        if (record is null)
        {
            return (null, []);
        }
        var errors = await ValidateAsync(MenuJson.Deserialize(record.Definition), cancellationToken);
        if (errors.Count > 0)
        {
            return (record, errors);
        }
        if (record.PublishedAt is null)
        {
            record.PublishedAt = clock.GetUtcNow();
            record.PublishedBy = actor;
        }
        await store.ActivateAsync(version, actor, cancellationToken);
        await audit.SaveChangesAsync(store.Db, "menu.publish", Subject(version), cancellationToken: cancellationToken);
        await cache.ChangedAsync(cancellationToken);
        return (record, []);
    }

    /// <summary>
    /// Makes an earlier published version the active one again. Found is false when it was never published; Errors
    /// name the hold keys the waiting policies in force need and it lacks (then it stays inactive).
    /// </summary>
    public async Task<(bool Found, IReadOnlyList<MenuValidationError> Errors)> RollbackAsync(int version, string actor, CancellationToken cancellationToken)
    {
        var record = await store.Db.MenuVersions.AsNoTracking().SingleOrDefaultAsync(menu => menu.Version == version && menu.PublishedAt != null, cancellationToken);
        if (record is null)
        {
            return (false, []);
        }
        var snapshot = await cache.GetAsync(cancellationToken);
        if (MissingHoldKeys(MenuJson.Deserialize(record.Definition), snapshot).ToList() is { Count: > 0 } missing)
        {
            return (true, missing);
        }
        var previous = snapshot.ActiveVersion;
        await store.ActivateAsync(version, actor, cancellationToken);
        await audit.SaveChangesAsync(store.Db, "menu.rollback", Subject(version), $"from version {previous}", cancellationToken);
        await cache.ChangedAsync(cancellationToken);
        return (true, []);
    }

    private static string Subject(int version) => "menu:" + version.ToString(CultureInfo.InvariantCulture);
}
