using Ivr.Server.Softphone;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Hosting;

/// <summary>
/// Headers for everything the browser pages load: a Content-Security-Policy that admits only this site's own scripts
/// and styles (the pages have no inline script or style), the softphone's audio device (Twilio's Voice SDK, or the
/// phone simulator's URL) and nothing that frames the pages; nosniff; no referrer. HSTS comes from UseHsts outside
/// Development.
/// </summary>
public static class SecurityHeaders
{
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
        var policy = Policy(app.Services.GetRequiredService<IOptions<SoftphoneOptions>>().Value);
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.XFrameOptions = "DENY";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            return next(context);
        });
        return app;
    }

    public static string Policy(SoftphoneOptions softphone)
    {
        var simulator = softphone.SimulatorUrl is { IsAbsoluteUri: true } url ? " " + url.GetLeftPart(UriPartial.Authority) : "";
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
               $"connect-src 'self' https://*.twilio.com wss://*.twilio.com{simulator}; media-src 'self' blob: https://*.twilio.com{simulator}; " +
               "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }
}
