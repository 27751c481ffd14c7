using Ivr.Server.Authorization;
using Ivr.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Ivr.Server.Accounts;

public static class AccountsApi
{
    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapSignIn();

        var accounts = endpoints.MapGroup("/api/accounts")
            .WithTags("Accounts")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Operations));
        accounts.MapPost("/", CreateAsync).WithName("create-account");
        accounts.MapAccountAdministration();
        // Any staff member reads their own account (the console checks its roles); not under the operations group.
        endpoints.MapGroup("/api/accounts").WithTags("Accounts").MapGet("/me", Me).WithName("current-account").RequireAuthorization();
        return endpoints;
    }

    public sealed record CreateAccountRequest(string Email, string Password, string Role, string? DisplayName);

    public sealed record AccountResponse(string Id, string Email, string? DisplayName, IList<string> Roles);

    private static async Task<Results<Created<AccountResponse>, ValidationProblem>> CreateAsync(
        CreateAccountRequest request, AccountService accounts)
    {
        var result = await accounts.CreateAsync(request.Email, request.Password, request.Role, request.DisplayName);
        return result.Succeeded
            ? TypedResults.Created($"/api/accounts/{result.Account!.Id}", result.Account)
            : TypedResults.ValidationProblem(result.Errors);
    }

    private static async Task<Results<Ok<AccountResponse>, UnauthorizedHttpResult>> Me(
        System.Security.Claims.ClaimsPrincipal principal, UserManager<IvrUser> users)
    {
        var user = await users.GetUserAsync(principal);
        return user is null
            ? TypedResults.Unauthorized()
            : TypedResults.Ok(new AccountResponse(user.Id, user.Email!, user.DisplayName, await users.GetRolesAsync(user)));
    }

}
