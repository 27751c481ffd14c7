using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Ivr.Server.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace Ivr.Server.Accounts;

public static class AccountsApi
{
    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder endpoints)
    {
        var identity = endpoints.MapGroup("/account").WithTags("Accounts");
        identity.MapIdentityApi<IvrUser>().Finally(DeclareAccess);

        var accounts = endpoints.MapGroup("/api/accounts")
            .WithTags("Accounts")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Operations));
        accounts.MapPost("/", CreateAsync).WithName("create-account");
        accounts.MapAccountAdministration();
        // Any staff member reads their own account (the console checks its roles); not under the operations group.
        endpoints.MapGroup("/api/accounts").WithTags("Accounts").MapGet("/me", Me).WithName("current-account").RequireAuthorization();
        return endpoints;
    }

    // Identity's endpoints declare no roles: sign-in is open, self-registration is for operations staff only,
    // and the /manage endpoints are for staff.
    private static void DeclareAccess(EndpointBuilder endpoint)
    {
        var pattern = (endpoint as RouteEndpointBuilder)?.RoutePattern.RawText ?? "";
        if (pattern.EndsWith("/login", StringComparison.Ordinal) || pattern.EndsWith("/refresh", StringComparison.Ordinal))
        {
            endpoint.Metadata.Add(new EnableRateLimitingAttribute(RateLimitingServiceCollectionExtensions.SignInPolicy));
        }
        if (pattern.EndsWith("/register", StringComparison.Ordinal))
        {
            endpoint.Metadata.Add(new AuthorizeAttribute { Roles = Roles.Operations });
        }
        else if (pattern.Contains("/manage", StringComparison.Ordinal))
        {
            endpoint.Metadata.Add(new AuthorizeAttribute { Roles = string.Join(',', Roles.All) });
        }
        else if (!endpoint.Metadata.OfType<IAuthorizeData>().Any())
        {
            endpoint.Metadata.Add(new AllowAnonymousAttribute());
        }
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
