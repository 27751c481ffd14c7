using System.Security.Claims;
using Ivr.Server.Menus;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Configuration;

/// <summary>Operations staff list, draft, validate, publish and roll back menus; supervisors may read (the preview: <see cref="Ivr.MenuPreviewApi"/>).</summary>
public static class MenusApi
{
    public static IEndpointRouteBuilder MapMenusApi(this IEndpointRouteBuilder endpoints)
    {
        var (read, write) = endpoints.MapIvrApiGroups("/api/ivr/menus", "IVR menus");

        read.MapGet("/", ListAsync).WithName("ivr-menus-list");
        read.MapGet("/{version:int}", GetAsync).WithName("ivr-menus-get");
        read.MapGet("/{version:int}/compare/{other:int}", CompareAsync).WithName("ivr-menus-compare");
        write.MapPost("/", DraftAsync).WithName("ivr-menus-draft");
        write.MapPost("/validate", ValidateAsync).WithName("ivr-menus-validate");
        write.MapPost("/{version:int}/publish", PublishAsync).WithName("ivr-menus-publish");
        write.MapPost("/{version:int}/rollback", RollbackAsync).WithName("ivr-menus-rollback");
        return endpoints;
    }

    private static async Task<Ok<List<MenuVersionSummary>>> ListAsync(ConfigurationStore store, ConfigurationCache cache, CancellationToken cancellationToken)
    {
        var active = (await cache.GetAsync(cancellationToken)).ActiveVersion;
        var versions = await store.Db.MenuVersions.AsNoTracking().OrderByDescending(menu => menu.Version).ToListAsync(cancellationToken);
        return TypedResults.Ok(versions.Select(version => MenuVersionSummary.From(version, active)).ToList());
    }

    private static async Task<Results<Ok<MenuDefinition>, NotFound>> GetAsync(int version, ConfigurationStore store, CancellationToken cancellationToken) =>
        await store.GetMenuAsync(version, cancellationToken) is { } menu ? TypedResults.Ok(menu) : TypedResults.NotFound();

    /// <summary>What changed from <paramref name="version"/> to <paramref name="other"/>, field by field.</summary>
    private static async Task<Results<Ok<IReadOnlyList<MenuComparison.Difference>>, NotFound<string>>> CompareAsync(
        int version, int other, ConfigurationStore store, CancellationToken cancellationToken)
    {
        if (await store.GetMenuAsync(version, cancellationToken) is not { } before)
        {
            return TypedResults.NotFound($"Menu version {version} does not exist.");
        }
        return await store.GetMenuAsync(other, cancellationToken) is { } after
            ? TypedResults.Ok(MenuComparison.Compare(before, after))
            : TypedResults.NotFound($"Menu version {other} does not exist.");
    }

    private static async Task<Created<MenuDraftResponse>> DraftAsync(
        MenuDraftRequest request, MenuPublisher publisher, ConfigurationCache cache, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var record = await publisher.DraftAsync(request.Definition, request.Note, Actor(user), cancellationToken);
        var errors = await publisher.ValidateAsync(request.Definition, cancellationToken);
        var active = (await cache.GetAsync(cancellationToken)).ActiveVersion;
        return TypedResults.Created($"/api/ivr/menus/{record.Version}", new MenuDraftResponse(MenuVersionSummary.From(record, active), errors));
    }

    private static async Task<Ok<IReadOnlyList<MenuValidationError>>> ValidateAsync(MenuDefinition menu, MenuPublisher publisher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await publisher.ValidateAsync(menu, cancellationToken));

    private static async Task<Results<Ok<MenuVersionSummary>, NotFound, ValidationProblem>> PublishAsync(
        int version, MenuPublisher publisher, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (record, errors) = await publisher.PublishAsync(version, Actor(user), cancellationToken);
        if (record is null)
        {
            return TypedResults.NotFound();
        }
        if (errors.Count > 0)
        {
            return Refused(errors, $"Menu version {version} cannot be published.");
        }
        return TypedResults.Ok(MenuVersionSummary.From(record, version));
    }

    private static async Task<Results<NoContent, NotFound<string>, ValidationProblem>> RollbackAsync(
        int version, MenuPublisher publisher, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await publisher.RollbackAsync(version, Actor(user), cancellationToken) switch
        {
            (false, _) => TypedResults.NotFound($"Menu version {version} was never published."),
            (_, { Count: > 0 } errors) => Refused(errors, $"Menu version {version} cannot be made active again."),
            _ => TypedResults.NoContent(),
        };

    private static ValidationProblem Refused(IReadOnlyList<MenuValidationError> errors, string title) => TypedResults.ValidationProblem(
        errors.GroupBy(error => error.Node).ToDictionary(group => group.Key, group => group.Select(error => error.ToString()).ToArray()), title: title);

    public static string Actor(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Name) ?? user.Identity?.Name ?? "unknown";
}
