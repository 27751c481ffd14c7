using System.Security.Claims;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ivr.Server.Auditing;
using Ivr.Server.Authorization;
using Ivr.Server.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.CallControl.OutsideNumbers;

/// <summary>
/// <c>/api/call-control/outside-numbers</c>: the prefixes of the numbers counselors may ring into a call. Supervisors
/// and operations staff read them; operations staff change them (audited).
/// </summary>
public static partial class OutsideNumbersApi
{
    private const int MaxPrefixes = 200;

    public static IEndpointRouteBuilder MapOutsideNumbers(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/call-control/outside-numbers").WithTags("Call control");
        group.MapGet("", async (OutsideNumberPolicy policy, CancellationToken cancellationToken) =>
                TypedResults.Ok(new OutsideNumbersView(await policy.AllowedPrefixesAsync(cancellationToken))))
            .RequireAuthorization(policy => policy.RequireRole(Roles.Supervisor, Roles.Operations)).WithName("outside-numbers");
        group.MapPut("", SaveAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.Operations)).WithName("set-outside-numbers");
        return endpoints;
    }

    private static async Task<Results<Ok<OutsideNumbersView>, ValidationProblem>> SaveAsync(OutsideNumbersView request,
        ConfigurationDbContext db, AuditLog audit, OutsideNumberPolicy policy, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var prefixes = (request.AllowedPrefixes ?? []).Select(prefix => prefix.Trim()).Distinct().Order(StringComparer.Ordinal).ToList();
        if (prefixes.Count > MaxPrefixes || !prefixes.All(Prefix().IsMatch))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["allowedPrefixes"] = [$"At most {MaxPrefixes} prefixes, each '+' and 1 to 15 digits not starting with 0, such as +822 or +8210."],
            });
        }
        var json = JsonSerializer.Serialize(prefixes);
        var record = await db.OutsideNumbers.SingleOrDefaultAsync(cancellationToken);
        if (record is null)
        {
            record = new OutsideNumbersRecord { AllowedPrefixes = json, ChangedBy = "" };
            db.OutsideNumbers.Add(record);
        }
        record.AllowedPrefixes = json;
        record.ChangedAt = clock.GetUtcNow();
        record.ChangedBy = user.FindFirstValue(ClaimTypes.Name) ?? "";
        await audit.SaveChangesAsync(db, "call-control.outside-numbers", "outside-numbers", string.Join(' ', prefixes), cancellationToken);
        policy.Changed();
        return TypedResults.Ok(new OutsideNumbersView(prefixes));
    }

    [GeneratedRegex(@"^\+[1-9][0-9]{0,14}$")]
    private static partial Regex Prefix();
}

public sealed record OutsideNumbersView(IReadOnlyList<string>? AllowedPrefixes);
