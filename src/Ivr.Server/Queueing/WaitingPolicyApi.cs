using System.Security.Claims;
using System.Text.Json;
using Ivr.Server.Auditing;
using Ivr.Server.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Queueing;

/// <summary>
/// <c>/api/ivr/waiting</c>: each language's waiting policy (callback offer threshold, maximum wait and its outcome).
/// Supervisors and operations staff read it; operations staff change it (audited, in force for every instance's next
/// hold announcement once the configuration reloads).
/// </summary>
public static class WaitingPolicyApi
{
    /// <param name="Saved">Operations staff saved this language's policy; false while the configuration's defaults apply.</param>
    public sealed record WaitingPolicyView(
        string Language,
        TimeSpan? CallbackOfferAbove,
        TimeSpan? MaxWait,
        string MaxWaitOutcome,
        string? OverflowLanguage,
        bool Saved,
        DateTimeOffset? ChangedAt,
        string? ChangedBy);

    public static IEndpointRouteBuilder MapWaitingPolicyApi(this IEndpointRouteBuilder endpoints)
    {
        var (read, write) = endpoints.MapIvrApiGroups("/api/ivr", "IVR hours and languages");
        read.MapGet("/waiting", ListAsync).WithName("ivr-waiting-list");
        write.MapPut("/waiting/{code}", PutAsync).WithName("ivr-waiting-put");
        return endpoints;
    }

    private static async Task<Ok<List<WaitingPolicyView>>> ListAsync(
        ConfigurationStore store, ConfigurationCache cache, WaitingPolicies policies, CancellationToken cancellationToken)
    {
        var snapshot = await cache.GetAsync(cancellationToken);
        var saved = await store.Db.WaitingPolicies.AsNoTracking().ToDictionaryAsync(record => record.Language, cancellationToken);
        return TypedResults.Ok(snapshot.Hours.Languages.OrderBy(language => language.MenuNumber)
            .Select(language => saved.GetValueOrDefault(language.Code) is { } record
                ? View(language.Code, record.ToPolicy(), record)
                : View(language.Code, policies.Default(language.Code), null))
            .ToList());
    }

    private static async Task<Results<Ok<WaitingPolicyView>, ValidationProblem, NotFound>> PutAsync(string code, WaitingPolicyUpdate update,
        ConfigurationStore store, ConfigurationCache cache, AuditLog audit, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var snapshot = await cache.GetAsync(cancellationToken);
        if (snapshot.Hours.Find(code) is null)
        {
            return TypedResults.NotFound();
        }
        if (update.Problems(code, snapshot) is { Count: > 0 } problems)
        {
            return TypedResults.ValidationProblem(problems, title: "Invalid waiting policy");
        }
        var policy = update.ToPolicy();
        var record = await store.Db.WaitingPolicies.FindAsync([code], cancellationToken);
        if (record is null)
        {
            record = new WaitingPolicyRecord { Language = code, ChangedBy = "" };
            store.Db.WaitingPolicies.Add(record);
        }
        (record.CallbackOfferAbove, record.MaxWait, record.MaxWaitOffer, record.OverflowLanguage) =
            (policy.CallbackOfferAbove, policy.MaxWait, policy.MaxWaitOffer, policy.OverflowLanguage);
        record.ChangedAt = clock.GetUtcNow();
        record.ChangedBy = user.FindFirstValue(ClaimTypes.Name) ?? "";
        await audit.SaveChangesAsync(store.Db, "waiting.put", "waiting:" + code, JsonSerializer.Serialize(update, JsonSerializerOptions.Web), cancellationToken);
        await cache.ChangedAsync(cancellationToken);
        return TypedResults.Ok(View(code, policy, record));
    }

    private static WaitingPolicyView View(string language, WaitingPolicy policy, WaitingPolicyRecord? record) => new(
        language, policy.CallbackOfferAbove, policy.MaxWait, policy.MaxWaitOffer.ToString().ToLowerInvariant(), policy.OverflowLanguage,
        record is not null, record?.ChangedAt, record?.ChangedBy);
}
