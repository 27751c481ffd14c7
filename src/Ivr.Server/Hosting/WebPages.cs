using Microsoft.Net.Http.Headers;

namespace Ivr.Server.Hosting;

/// <summary>
/// Serves the browser pages (sign-in, softphone, later the console) from wwwroot: static HTML and CSS, and the ES
/// modules esbuild bundles there at build time (docs/web-ui.md). Files are public: they hold no data; every call
/// they make is authorized.
/// </summary>
public static class WebPages
{
    public static WebApplication UseWebPages(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            // Revalidate every time (answered 304 from the ETag): a deployment never mixes old scripts with a new API.
            OnPrepareResponse = context => context.Context.Response.Headers[HeaderNames.CacheControl] = "no-cache",
        });
        return app;
    }
}
