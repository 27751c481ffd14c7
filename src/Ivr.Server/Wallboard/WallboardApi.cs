using Ivr.Server.Authorization;
using Ivr.Server.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ivr.Server.Wallboard;

/// <summary>The wallboard's picture (supervisors and operations) and its colour thresholds (operations set them).</summary>
public static class WallboardApi
{
    public static IEndpointRouteBuilder MapWallboard(this IEndpointRouteBuilder endpoints)
    {
        var wallboard = endpoints.MapGroup("/api/wallboard").WithTags("Wallboard");
        var read = wallboard.MapGroup("").RequireAuthorization(policy => policy.RequireRole(Roles.Supervisor, Roles.Operations));
        var write = wallboard.MapGroup("").RequireAuthorization(policy => policy.RequireRole(Roles.Operations));
        read.MapGet("", async (WallboardReader reader, CancellationToken cancellationToken) => TypedResults.Ok(await reader.ReadAsync(cancellationToken)))
            .WithName("wallboard");
        read.MapGet("/thresholds", async (WallboardThresholdStore store, CancellationToken cancellationToken) => TypedResults.Ok(await store.GetAsync(cancellationToken)))
            .WithName("wallboard-thresholds");
        write.MapPut("/thresholds", PutThresholdsAsync).WithName("put-wallboard-thresholds");
        endpoints.MapHub<WallboardHub>(WallboardHub.Path, hub => hub.CloseOnAuthenticationExpiration = true)
            .RequireAuthorization(policy => policy.RequireRole(Roles.Supervisor, Roles.Operations));
        return endpoints;
    }

    private static async Task<Results<Ok<WallboardThresholds>, ProblemHttpResult>> PutThresholdsAsync(
        WallboardThresholds thresholds, WallboardThresholdStore store, ConfigurationCache configuration, CancellationToken cancellationToken)
    {
        var hours = (await configuration.GetAsync(cancellationToken)).Hours;
        if (thresholds.Problem(code => hours.Find(code) is not null) is { } problem)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid wallboard thresholds", detail: problem);
        }
        await store.SaveAsync(thresholds, cancellationToken);
        return TypedResults.Ok(thresholds);
    }
}
