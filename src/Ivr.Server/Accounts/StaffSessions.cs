using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Accounts;

public static class StaffSessions
{
    /// <summary>
    /// After authentication: refuses cookie requests without the pages' header (<see cref="CookieRequestGuard"/>) and
    /// treats a revoked or disabled sign-in as anonymous (<see cref="SessionValidator"/>), so authorization answers 401.
    /// </summary>
    public static IApplicationBuilder UseStaffSessions(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (CookieRequestGuard.Refuses(context.Request, context.RequestServices.GetRequiredService<IOptions<SessionOptions>>().Value.CookieName))
            {
                await TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Missing request header",
                    detail: $"Requests signed in by cookie must send the {CookieRequestGuard.HeaderName} header.").ExecuteAsync(context);
                return;
            }
            if (!await context.RequestServices.GetRequiredService<SessionValidator>().IsCurrentAsync(context.User))
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
            await next(context);
        });
}
