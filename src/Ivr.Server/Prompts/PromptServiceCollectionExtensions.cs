using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Ivr.Server.Prompts;

public static class PromptServiceCollectionExtensions
{
    public static IServiceCollection AddPrompts(this IServiceCollection services)
    {
        services.AddOptions<PromptOptions>().BindConfiguration(PromptOptions.Section);
        services.AddSingleton(provider => PromptManifest.Load(Path.Combine(Folder(provider), PromptDirectory.ManifestFile)));
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<PromptOptions>>().Value;
            var folder = Folder(provider);
            return new PromptFiles(options.RecordingsDirectory ?? Path.Combine(folder, "recorded"), Path.Combine(folder, "audio"));
        });
        services.AddSingleton<Menus.IPromptTexts>(provider => provider.GetRequiredService<PromptManifest>());
        services.AddSingleton<PromptCatalog>();
        services.AddSingleton<PromptSpeaker>();
        return services;
    }

    /// <summary>
    /// Serves prompt audio at stable URLs, anonymously (Twilio fetches &lt;Play&gt; URLs unsigned), with caching
    /// headers. Static files, not endpoints: they sit before authorization and hold nothing secret.
    /// </summary>
    public static IApplicationBuilder UsePromptAudio(this IApplicationBuilder app)
    {
        var files = app.ApplicationServices.GetRequiredService<PromptFiles>();
        var seconds = app.ApplicationServices.GetRequiredService<IOptions<PromptOptions>>().Value.CacheSeconds;
        Directory.CreateDirectory(files.RecordedDirectory);
        Directory.CreateDirectory(files.SynthesizedDirectory);
        foreach (var (path, folder) in new[] { (PromptFiles.RecordedUrl, files.RecordedDirectory), (PromptFiles.SynthesizedUrl, files.SynthesizedDirectory) })
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                RequestPath = path,
                FileProvider = new PhysicalFileProvider(folder),
                ServeUnknownFileTypes = false,
                OnPrepareResponse = context =>
                    context.Context.Response.Headers[HeaderNames.CacheControl] = $"public, max-age={seconds}",
            });
        }
        return app;
    }

    private static string Folder(IServiceProvider provider) =>
        PromptDirectory.Resolve(provider.GetRequiredService<IOptions<PromptOptions>>().Value, provider.GetRequiredService<IHostEnvironment>().ContentRootPath);
}
