using System.Security.Claims;
using Ivr.Acd.Engine;
using Ivr.Server.Authorization;
using Ivr.Server.Staffing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Softphone;

/// <summary>
/// What the softphone page reads: its configuration (device, code lists, who is signed in) and a counselor's state,
/// which restores the page after a reload or a server restart. The live updates come from <see cref="SoftphoneHub"/>.
/// </summary>
public static class SoftphoneApi
{
    public static IEndpointRouteBuilder MapSoftphone(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/softphone").WithTags("Softphone").RequireAuthorization()
            .MapGet("/config", ConfigAsync).WithName("softphone-config");
        endpoints.MapGroup("/api/counselor").WithTags("Softphone").RequireAuthorization(policy => policy.RequireRole(Roles.Counselor))
            .MapGet("/state", OwnStateAsync).WithName("counselor-state");
        endpoints.MapGroup("/api/staffing/counselors/{id}").WithTags("Staffing")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Supervisor, Roles.Operations))
            .MapGet("/state", StateOfAsync).WithName("counselor-state-on-behalf");
        endpoints.MapHub<SoftphoneHub>(SoftphoneHub.Path, hub => hub.CloseOnAuthenticationExpiration = true)
            .RequireAuthorization(policy => policy.RequireRole(Roles.Counselor, Roles.Supervisor, Roles.Operations));
        return endpoints;
    }

    private static async Task<Ok<SoftphoneConfig>> ConfigAsync(ClaimsPrincipal user, CounselorLink links, WrapUpCodes codes,
        IOptions<SoftphoneOptions> options, AcdEngine engine, CancellationToken cancellationToken)
    {
        var counselorId = user.IsInRole(Roles.Counselor) ? await links.CounselorIdAsync(user, cancellationToken) : null;
        var device = options.Value;
        return TypedResults.Ok(new SoftphoneConfig(
            device.Device, device.SimulatorUrl?.ToString(), counselorId, ReadOnly: counselorId is null,
            user.FindFirstValue(ClaimTypes.Name), [.. engine.Languages.Order(StringComparer.Ordinal)], engine.Settings.BreakReasons, await codes.GetAsync(cancellationToken)));
    }

    private static async Task<Results<Ok<SoftphoneState>, NotFound<string>>> OwnStateAsync(ClaimsPrincipal user, CounselorLink links,
        SoftphoneStateReader reader, CancellationToken cancellationToken) =>
        await links.CounselorIdAsync(user, cancellationToken) is { } id
            ? await StateOfAsync(id, reader, cancellationToken)
            : TypedResults.NotFound(CounselorLink.NotLinked);

    private static async Task<Results<Ok<SoftphoneState>, NotFound<string>>> StateOfAsync(string id, SoftphoneStateReader reader,
        CancellationToken cancellationToken) =>
        await reader.ReadAsync(id, cancellationToken) is { } state
            ? TypedResults.Ok(state)
            : TypedResults.NotFound($"Counselor '{id}' is not known to the ACD.");

    /// <param name="Device">twilio or simulator (see <see cref="SoftphoneOptions"/>).</param>
    /// <param name="ReadOnly">True for staff who are not a linked counselor: they may watch, not act.</param>
    public sealed record SoftphoneConfig(string Device, string? SimulatorUrl, string? CounselorId, bool ReadOnly, string? UserName,
        IReadOnlyList<string> Languages, IReadOnlyList<string> BreakReasons, CodeListsView Codes);
}
