using System.Security.Claims;
using System.Text.Json;
using Ivr.Server.Auditing;
using Ivr.Server.Configuration;
using Ivr.Acd.Routing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Recordings;

/// <summary>
/// <c>/api/ivr/recording</c>: which calls are recorded, per language and for the callers of a tag (the victim-support
/// team's calls are not recorded unless operations turn it on). Supervisors and operations staff read it; operations
/// staff switch it (audited, in force for every instance's next caller once the configuration reloads). A language
/// whose calls are recorded plays the consent announcement before the queue.
/// </summary>
public static class RecordingSettingsApi
{
    public sealed record Switch(string Name, bool Recorded, bool Saved);

    public sealed record RecordingSettingsView(Switch AllLanguages, IReadOnlyList<Switch> Languages, IReadOnlyList<Switch> Tags);

    /// <summary>Only the switches given change; a language or tag left out keeps what it had.</summary>
    public sealed record RecordingSettingsUpdate(bool? AllLanguages, Dictionary<string, bool>? Languages, Dictionary<string, bool>? Tags);

    public static IEndpointRouteBuilder MapRecordingSettings(this IEndpointRouteBuilder endpoints)
    {
        var (read, write) = endpoints.MapIvrApiGroups("/api/ivr", "Recordings");
        read.MapGet("/recording", async (ConfigurationCache cache, RecordingPolicy policy, IOptions<RecordingOptions> options, CancellationToken cancellationToken) =>
            TypedResults.Ok(View(await cache.GetAsync(cancellationToken), policy, options.Value))).WithName("ivr-recording");
        write.MapPut("/recording", PutAsync).WithName("ivr-recording-put");
        return endpoints;
    }

    private static async Task<Results<Ok<RecordingSettingsView>, ValidationProblem>> PutAsync(RecordingSettingsUpdate update,
        ConfigurationStore store, ConfigurationCache cache, RecordingPolicy policy, IOptions<RecordingOptions> options, AuditLog audit, TimeProvider clock,
        ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var snapshot = await cache.GetAsync(cancellationToken);
        var errors = new Dictionary<string, string[]>();
        foreach (var language in (update.Languages ?? []).Keys.Where(code => snapshot.Hours.Find(code) is null))
        {
            errors[$"languages.{language}"] = [$"'{language}' is not a language of the center."];
        }
        foreach (var tag in (update.Tags ?? []).Keys.Where(tag => !RoutingTag.IsValid(tag)))
        {
            errors[$"tags.{tag}"] = ["A tag is 1-32 lower-case letters, digits and hyphens."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Invalid recording settings");
        }
        var switches = (update.Languages ?? []).Select(pair => (pair.Key, pair.Value))
            .Concat((update.Tags ?? []).Select(pair => (RecordingSettingRecord.TagPrefix + pair.Key, pair.Value)))
            .Concat(update.AllLanguages is { } all ? [(RecordingSettingRecord.AllLanguages, all)] : []);
        foreach (var (key, recorded) in switches)
        {
            var record = await store.Db.RecordingSettings.FindAsync([key], cancellationToken);
            if (record is null)
            {
                record = new RecordingSettingRecord { Key = key, ChangedBy = "" };
                store.Db.RecordingSettings.Add(record);
            }
            record.Recorded = recorded;
            record.ChangedAt = clock.GetUtcNow();
            record.ChangedBy = user.FindFirstValue(ClaimTypes.Name) ?? "";
        }
        await audit.SaveChangesAsync(store.Db, "recording.settings", "recording", JsonSerializer.Serialize(update, JsonSerializerOptions.Web), cancellationToken);
        await cache.ChangedAsync(cancellationToken);
        return TypedResults.Ok(View(await cache.GetAsync(cancellationToken), policy, options.Value));
    }

    private static RecordingSettingsView View(IvrSnapshot snapshot, RecordingPolicy policy, RecordingOptions options)
    {
        var saved = snapshot.RecordingSettings;
        var tags = options.Tags.Keys.Concat(saved.Keys.Where(key => key.StartsWith(RecordingSettingRecord.TagPrefix, StringComparison.Ordinal))
            .Select(key => key[RecordingSettingRecord.TagPrefix.Length..])).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return new RecordingSettingsView(
            new Switch(RecordingSettingRecord.AllLanguages, saved.GetValueOrDefault(RecordingSettingRecord.AllLanguages, options.Enabled),
                saved.ContainsKey(RecordingSettingRecord.AllLanguages)),
            [.. snapshot.Hours.Languages.OrderBy(language => language.MenuNumber)
                .Select(language => new Switch(language.Code, policy.Records(snapshot, language.Code), saved.ContainsKey(language.Code)))],
            [.. tags.Select(tag => new Switch(tag, policy.RecordsTag(snapshot, tag), saved.ContainsKey(RecordingSettingRecord.TagPrefix + tag)))]);
    }
}
