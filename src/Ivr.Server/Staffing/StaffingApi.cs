using Ivr.Acd.Model;
using Ivr.Server.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ivr.Server.Staffing;

/// <summary>Operations staff manage counselors' languages; supervisors and operations watch each language live.</summary>
public static class StaffingApi
{
    public static IEndpointRouteBuilder MapStaffing(this IEndpointRouteBuilder endpoints)
    {
        var staffing = endpoints.MapGroup("/api/staffing").WithTags("Staffing");
        var read = staffing.MapGroup("").RequireAuthorization(policy => policy.RequireRole(Roles.Supervisor, Roles.Operations));
        var write = staffing.MapGroup("").RequireAuthorization(policy => policy.RequireRole(Roles.Operations));

        read.MapGet("/counselors", ListAsync).WithName("list-counselors");
        read.MapGet("/counselors/{id}", GetAsync).WithName("get-counselor");
        read.MapGet("/statistics", StatisticsAsync).WithName("language-statistics");
        write.MapPut("/counselors/{id}", UpsertAsync).WithName("put-counselor");
        write.MapDelete("/counselors/{id}", DeleteAsync).WithName("delete-counselor");
        write.MapPost("/counselors/{id}/move", MoveAsync).WithName("move-counselor");
        write.MapPost("/bulk-move", BulkMoveAsync).WithName("bulk-move-counselors");
        endpoints.MapHub<StaffingHub>(StaffingHub.Path, hub => hub.CloseOnAuthenticationExpiration = true)
            .RequireAuthorization(policy => policy.RequireRole(Roles.Supervisor, Roles.Operations));
        return endpoints;
    }

    private static async Task<Ok<IReadOnlyList<CounselorView>>> ListAsync(StaffingService staffing, CancellationToken cancellationToken) =>
        TypedResults.Ok(await staffing.ListAsync(cancellationToken));

    private static async Task<Results<Ok<CounselorView>, NotFound>> GetAsync(string id, StaffingService staffing, CancellationToken cancellationToken) =>
        await staffing.GetAsync(id, cancellationToken) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static async Task<Ok<IReadOnlyList<LanguageStatistics>>> StatisticsAsync(StaffingService staffing) =>
        TypedResults.Ok(await staffing.StatisticsAsync());

    private static async Task<Results<Ok<CounselorView>, ValidationProblem>> UpsertAsync(
        string id, CounselorRequest request, StaffingService staffing, CancellationToken cancellationToken)
    {
        var errors = await staffing.UpsertAsync(id, request, cancellationToken);
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : TypedResults.Ok((await staffing.GetAsync(id, cancellationToken))!);
    }

    private static async Task<Results<NoContent, NotFound, Conflict<string>>> DeleteAsync(string id, StaffingService staffing, CancellationToken cancellationToken) =>
        await staffing.DeleteAsync(id, cancellationToken) switch
        {
            DeleteOutcome.Deleted => TypedResults.NoContent(),
            DeleteOutcome.NotFound => TypedResults.NotFound(),
            _ => TypedResults.Conflict("The counselor is signed in; sign them out first."),
        };

    private static async Task<Results<Ok<CounselorView>, NotFound, ValidationProblem>> MoveAsync(
        string id, MoveRequest move, StaffingService staffing, CancellationToken cancellationToken) =>
        await staffing.MoveAsync(id, move, cancellationToken) switch
        {
            null => TypedResults.NotFound(),
            { Count: > 0 } errors => TypedResults.ValidationProblem(errors),
            _ => TypedResults.Ok((await staffing.GetAsync(id, cancellationToken))!),
        };

    private static async Task<Results<Ok<IReadOnlyList<string>>, ValidationProblem>> BulkMoveAsync(
        BulkMoveRequest move, StaffingService staffing, CancellationToken cancellationToken)
    {
        var (moved, errors) = await staffing.BulkMoveAsync(move, cancellationToken);
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(moved);
    }
}
