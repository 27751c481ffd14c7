using System.Globalization;
using System.Security.Claims;
using Ivr.Server.Auditing;
using Ivr.Server.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Configuration;

/// <summary>
/// <c>/api/ivr/remembered-language</c>: whether callers' languages are remembered and offered on their next call, and
/// for how many days (0 = off). Supervisors and operations staff read it; operations staff change it (audited).
/// </summary>
public static class RememberedLanguageApi
{
    /// <param name="Days">Days a caller's language is remembered after their choice; 0 when off.</param>
    /// <param name="ChangedAt">When operations staff last saved it; null while the default applies.</param>
    public sealed record RememberedLanguageView(int Days, bool Enabled, DateTimeOffset? ChangedAt, string? ChangedBy);

    /// <param name="Days">0 (off) to 365.</param>
    public sealed record RememberedLanguageUpdate(int Days);

    public static IEndpointRouteBuilder MapRememberedLanguageApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/ivr/remembered-language").WithTags("IVR hours and languages");
        group.MapGet("", GetAsync).WithName("ivr-remembered-language-get")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Operations, Roles.Supervisor));
        group.MapPut("", PutAsync).WithName("ivr-remembered-language-put")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Operations));
        return endpoints;
    }

    private static async Task<Ok<RememberedLanguageView>> GetAsync(ConfigurationStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(View(await store.Db.RememberedLanguage.AsNoTracking().SingleOrDefaultAsync(cancellationToken)));

    private static async Task<Results<Ok<RememberedLanguageView>, ProblemHttpResult>> PutAsync(RememberedLanguageUpdate update,
        ConfigurationStore store, ConfigurationCache cache, AuditLog audit, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (RememberedLanguageSettings.Problem(update.Days) is { } problem)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid IVR configuration", detail: problem);
        }
        var record = await store.Db.RememberedLanguage.SingleOrDefaultAsync(cancellationToken);
        if (record is null)
        {
            record = new RememberedLanguageRecord { ChangedBy = "" };
            store.Db.RememberedLanguage.Add(record);
        }
        record.Days = update.Days;
        record.ChangedAt = clock.GetUtcNow();
        record.ChangedBy = user.FindFirstValue(ClaimTypes.Name) ?? "";
        var settings = new RememberedLanguageSettings(update.Days);
        await audit.SaveChangesAsync(store.Db, settings.Enabled ? "remembered-language.on" : "remembered-language.off", "remembered-language",
            settings.Enabled ? string.Create(CultureInfo.InvariantCulture, $"{settings.Days} days") : null, cancellationToken);
        await cache.ChangedAsync(cancellationToken);
        return TypedResults.Ok(View(record));
    }

    private static RememberedLanguageView View(RememberedLanguageRecord? record) =>
        record is null
            ? new RememberedLanguageView(RememberedLanguageSettings.DefaultDays, true, null, null)
            : new RememberedLanguageView(record.Days, record.Days > 0, record.ChangedAt, record.ChangedBy);
}
