using System.Globalization;
using System.Text.Json;
using Ivr.Acd.Routing;
using Ivr.Server.Auditing;
using Ivr.Server.Hours;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Configuration;

/// <summary>Languages, opening hours, holidays and the emergency closure; operations staff change them, supervisors read.</summary>
public static class HoursApi
{
    public static IEndpointRouteBuilder MapHoursApi(this IEndpointRouteBuilder endpoints)
    {
        var (read, write) = endpoints.MapIvrApiGroups("/api/ivr", "IVR hours and languages");

        read.MapGet("/languages", async (ConfigurationCache cache, CancellationToken cancellationToken) =>
            TypedResults.Ok((await cache.GetAsync(cancellationToken)).Hours.Languages)).WithName("ivr-languages-list");
        read.MapGet("/holidays", async (ConfigurationStore store, CancellationToken cancellationToken) =>
            TypedResults.Ok((await store.Db.Holidays.AsNoTracking().OrderBy(day => day.Date).ToListAsync(cancellationToken))
                .Select(record => record.ToHoliday().ToView()).ToList())).WithName("ivr-holidays-list");
        read.MapGet("/closure", async (ConfigurationCache cache, CancellationToken cancellationToken) =>
            TypedResults.Ok((await cache.GetAsync(cancellationToken)).Hours.Closure)).WithName("ivr-closure-get");

        write.MapPut("/languages/{code}", PutLanguageAsync).WithName("ivr-languages-put");
        write.MapPut("/holidays/{date}", PutHolidayAsync).WithName("ivr-holidays-put");
        write.MapDelete("/holidays/{date}", DeleteHolidayAsync).WithName("ivr-holidays-delete");
        write.MapPut("/closure", PutClosureAsync).WithName("ivr-closure-put");
        return endpoints;
    }

    private static async Task<Results<Ok<LanguageLine>, ProblemHttpResult>> PutLanguageAsync(
        string code, LanguageUpdate update, ConfigurationStore store, ConfigurationCache cache, AuditLog audit, CancellationToken cancellationToken)
    {
        if (!LanguageCode.IsValid(code) || update.Problem() is { } problem)
        {
            return BadRequest(update.Problem() ?? $"The language code must be {LanguageCode.Rule}.");
        }
        if (await store.Db.Languages.AnyAsync(language => language.MenuNumber == update.MenuNumber && language.Code != code, cancellationToken))
        {
            return BadRequest($"menuNumber {update.MenuNumber} belongs to another language.");
        }
        var line = new LanguageLine(code, update.NativeName, update.MenuNumber, update.SayLanguage, update.SayVoice, update.Enabled, update.Schedule);
        var record = line.ToRecord();
        var existing = await store.Db.Languages.FindAsync([code], cancellationToken);
        if (existing is null)
        {
            store.Db.Languages.Add(record);
        }
        else
        {
            store.Db.Entry(existing).CurrentValues.SetValues(record);
        }
        await audit.SaveChangesAsync(store.Db, "language.put", "language:" + code, JsonSerializer.Serialize(update, JsonSerializerOptions.Web), cancellationToken);
        await cache.ChangedAsync(cancellationToken);
        return TypedResults.Ok(line);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> PutHolidayAsync(
        string date, HolidayName body, ConfigurationStore store, ConfigurationCache cache, AuditLog audit, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) || string.IsNullOrWhiteSpace(body.Name))
        {
            return BadRequest("The date must be yyyy-MM-dd and the name must not be empty.");
        }
        if (HolidayRules.Problem(body.OpenLanguages, (await cache.GetAsync(cancellationToken)).Hours, out var openLanguages) is { } problem)
        {
            return BadRequest(problem);
        }
        var existing = await store.Db.Holidays.FindAsync([day], cancellationToken);
        if (existing is null)
        {
            existing = new HolidayRecord { Date = day, Name = body.Name };
            store.Db.Holidays.Add(existing);
        }
        existing.Name = body.Name;
        existing.OpenLanguages = HolidayRules.Serialize(openLanguages);
        await audit.SaveChangesAsync(store.Db, "holiday.put", "holiday:" + date, existing.ToHoliday().Describe(), cancellationToken);
        await cache.ChangedAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, NotFound>> DeleteHolidayAsync(
        string date, ConfigurationStore store, ConfigurationCache cache, AuditLog audit, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ||
            await store.Db.Holidays.FindAsync([day], cancellationToken) is not { } existing)
        {
            return TypedResults.NotFound();
        }
        store.Db.Holidays.Remove(existing);
        await audit.SaveChangesAsync(store.Db, "holiday.delete", "holiday:" + date, cancellationToken: cancellationToken);
        await cache.ChangedAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<Closure>, ProblemHttpResult>> PutClosureAsync(
        ClosureUpdate update, ConfigurationStore store, ConfigurationCache cache, AuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (update.Problem((await cache.GetAsync(cancellationToken)).Hours) is { } problem)
        {
            return BadRequest(problem);
        }
        var closure = await store.Db.Closure.FindAsync([ClosureRecord.SingletonId], cancellationToken);
        if (closure is null)
        {
            closure = new ClosureRecord();
            store.Db.Closure.Add(closure);
        }
        closure.Active = update.Active;
        closure.Message = update.Message;
        closure.Messages = ClosureMapping.SerializeMessages(update.Messages);
        closure.ChangedAt = clock.GetUtcNow();
        var details = update.Messages is not { Count: > 0 } ? update.Message
            : JsonSerializer.Serialize(new { update.Message, update.Messages }, JsonSerializerOptions.Web);
        await audit.SaveChangesAsync(store.Db, update.Active ? "closure.on" : "closure.off", "closure", details, cancellationToken);
        await cache.ChangedAsync(cancellationToken);
        return TypedResults.Ok(closure.ToClosure());
    }

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid IVR configuration", detail: detail);
}
