using Ivr.Server.Authorization;
using Ivr.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Accounts;

/// <summary>
/// Operations staff list accounts, disable and enable them, change their role and revoke their sessions (API only: the
/// console has no accounts page yet).
/// </summary>
public static class AccountAdminApi
{
    public static RouteGroupBuilder MapAccountAdministration(this RouteGroupBuilder accounts)
    {
        accounts.MapGet("/", ListAsync).WithName("list-accounts");
        accounts.MapPost("/{id}/disable", async Task<Results<Ok<AccountView>, NotFound>> (string id, AccountAdministration admin, UserManager<IvrUser> users) =>
            await admin.DisableAsync(id, "disabled by operations") is { } user ? TypedResults.Ok(await ViewAsync(user, users)) : TypedResults.NotFound())
            .WithName("disable-account");
        accounts.MapPost("/{id}/enable", async Task<Results<Ok<AccountView>, NotFound>> (string id, AccountAdministration admin, UserManager<IvrUser> users) =>
            await admin.EnableAsync(id) is { } user ? TypedResults.Ok(await ViewAsync(user, users)) : TypedResults.NotFound())
            .WithName("enable-account");
        accounts.MapPut("/{id}/role", async Task<Results<Ok<AccountView>, NotFound, ValidationProblem>> (string id, RoleRequest request, AccountAdministration admin, UserManager<IvrUser> users) =>
            !Roles.All.Contains(request.Role)
                ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["role"] = [$"Role must be one of: {string.Join(", ", Roles.All)}."] })
                : await admin.SetRoleAsync(id, request.Role) is { } user ? TypedResults.Ok(await ViewAsync(user, users)) : TypedResults.NotFound())
            .WithName("set-account-role");
        accounts.MapPost("/{id}/revoke-sessions", async Task<Results<NoContent, NotFound>> (string id, AccountAdministration admin) =>
            await admin.RevokeSessionsAsync(id) is not null ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithName("revoke-account-sessions");
        return accounts;
    }

    public sealed record RoleRequest(string Role);

    public sealed record AccountView(string Id, string Email, string? DisplayName, IList<string> Roles, bool Disabled);

    private static async Task<Ok<List<AccountView>>> ListAsync(UserManager<IvrUser> users, CancellationToken cancellationToken)
    {
        var views = new List<AccountView>();
        foreach (var user in await users.Users.OrderBy(user => user.Email).ToListAsync(cancellationToken))
        {
            views.Add(await ViewAsync(user, users));
        }
        return TypedResults.Ok(views);
    }

    private static async Task<AccountView> ViewAsync(IvrUser user, UserManager<IvrUser> users) =>
        new(user.Id, user.Email ?? "", user.DisplayName, await users.GetRolesAsync(user), AccountAdministration.IsDisabled(user));
}
