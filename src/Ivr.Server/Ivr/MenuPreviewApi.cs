using Ivr.Server.Authorization;
using Ivr.Server.Configuration;
using Ivr.Server.Menus;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ivr.Server.Ivr;

/// <summary>A menu version's TwiML as a caller would get it, for operations and supervisors before they publish.</summary>
public static class MenuPreviewApi
{
    public static IEndpointRouteBuilder MapMenuPreview(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/ivr/menus/{version:int}/preview", PreviewAsync).WithName("ivr-menus-preview").WithTags("IVR menus")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Operations, Roles.Supervisor));
        return endpoints;
    }

    /// <summary>The TwiML a caller would get at a node, in a language (or the greeting languages when none is given).</summary>
    private static async Task<Results<ContentHttpResult, NotFound<string>>> PreviewAsync(
        int version, string? node, string? language, HttpContext context, ConfigurationStore store, ConfigurationCache cache, IvrTwiml twiml, CancellationToken cancellationToken)
    {
        if (await store.GetMenuAsync(version, cancellationToken) is not { } menu)
        {
            return TypedResults.NotFound($"Menu version {version} does not exist.");
        }
        var hours = (await cache.GetAsync(cancellationToken)).Hours;
        if (menu.Find(node ?? menu.StartNode) is not { } found)
        {
            return TypedResults.NotFound($"Node '{node}' does not exist in version {version}.");
        }
        if (language is not null && hours.Find(language) is null)
        {
            return TypedResults.NotFound($"Language '{language}' does not exist.");
        }
        var document = twiml.Gather(context, menu, hours, new GatherStep(found, language, []), nextStep: 1);
        return TypedResults.Content(document.ToString(), "application/xml");
    }
}
