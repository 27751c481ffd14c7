using System.Globalization;
using Ivr.Server.Authorization;
using Ivr.Server.Configuration;
using Ivr.Server.Menus;

namespace Ivr.Server.Ivr;

/// <summary>
/// "What does a caller hear right now in each language": the active menu run through the interpreter at this
/// moment with each language's number and <c>*</c>, and the TwiML that step would get. Nothing is queued.
/// </summary>
public static class HearNowApi
{
    public static IEndpointRouteBuilder MapHearNow(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/ivr/now", NowAsync).WithName("ivr-hear-now").WithTags("IVR hours and languages")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Operations, Roles.Supervisor));
        return endpoints;
    }

    /// <param name="Holiday">Today's holiday name, or null.</param>
    /// <param name="ClosureMessages">The closure messages staff wrote, by language.</param>
    public sealed record HearNow(
        DateTimeOffset At, string LocalTime, int MenuVersion, bool Closed, string? ClosureMessage, IReadOnlyList<LanguageNow> Languages,
        string? Holiday = null, IReadOnlyDictionary<string, string>? ClosureMessages = null);

    /// <param name="Step">queue, after-hours, holiday (closed for today's holiday), closed, menu or goodbye: what choosing this language leads to now.</param>
    public sealed record LanguageNow(string Code, string NativeName, int MenuNumber, bool Open, string? NextOpening, string Step, string Twiml);

    private static async Task<IResult> NowAsync(HttpContext context, ConfigurationCache configuration, StepRenderer renderer, TimeProvider clock, CancellationToken cancellationToken)
    {
        var snapshot = await configuration.GetAsync(cancellationToken);
        var (menu, hours) = (snapshot.ActiveMenu, snapshot.Hours);
        var now = clock.GetUtcNow();
        var start = MenuInterpreter.Start(menu, hours, now);
        var languages = hours.Enabled.OrderBy(language => language.MenuNumber).Select(language =>
        {
            var digits = language.MenuNumber.ToString(CultureInfo.InvariantCulture) + "*";
            // Under a closure, what a caller hears once their language is known (the first answer says it in all of them).
            var step = hours.Closure.Active
                ? new ClosedStep(language.Code, hours.Closure.Message)
                : MenuInterpreter.Next(menu, hours, start.Position, digits, now).Step;
            return new LanguageNow(
                language.Code, language.NativeName, language.MenuNumber, hours.IsOpen(language.Code, now),
                hours.NextOpening(language.Code, now)?.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
                Name(step), renderer.Render(context, menu, snapshot, step, joined: null, nextStep: 2).ToString());
        }).ToList();
        return TypedResults.Ok(new HearNow(
            now, hours.LocalTime(now).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture), snapshot.ActiveVersion,
            hours.Closure.Active, hours.Closure.Message, languages, hours.HolidayAt(now)?.Name, hours.Closure.Messages ?? new Dictionary<string, string>()));
    }

    private static string Name(MenuStep step) => step switch
    {
        QueueStep => "queue",
        AfterHoursStep { Holiday: true } => "holiday",
        AfterHoursStep => "after-hours",
        ClosedStep => "closed",
        HangupStep => "goodbye",
        _ => "menu",
    };
}
