using Ivr.Server.Auditing;
using Ivr.Server.Data;
using Ivr.Server.RateLimiting;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.Data;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Accounts;

/// <summary>
/// The two Identity API endpoints the server uses, as <c>MapIdentityApi</c> implements them: sign-in (a bearer token,
/// or the pages' cookie with <c>?useCookies=true</c>) and token refresh. Registration, e-mail confirmation, password
/// reset and /manage are not mapped: accounts come from operations staff (<c>POST /api/accounts</c>).
/// </summary>
public static class SignInApi
{
    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder endpoints)
    {
        var account = endpoints.MapGroup("/account").WithTags("Accounts").AllowAnonymous()
            .RequireRateLimiting(RateLimitingServiceCollectionExtensions.SignInPolicy);
        account.MapPost("/login", LoginAsync).WithName("sign-in");
        account.MapPost("/refresh", RefreshAsync).WithName("refresh-token");
        return endpoints;
    }

    private static async Task<Results<Ok<AccessTokenResponse>, EmptyHttpResult, ProblemHttpResult>> LoginAsync(
        LoginRequest login, bool? useCookies, bool? useSessionCookies, SignInManager<IvrUser> signIn, AuditLog audit, HttpContext context)
    {
        var cookie = useCookies == true || useSessionCookies == true;
        signIn.AuthenticationScheme = cookie ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(login.Email, login.Password, isPersistent: useCookies == true && useSessionCookies != true,
            lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            // Who tried which account from where (the rate limiter bounds how many of these one address can write).
            await audit.WriteAsync(result.IsLockedOut ? "account.sign-in-locked-out" : "account.sign-in-failed", login.Email[..Math.Min(login.Email.Length, 256)],
                $"from {context.Connection.RemoteIpAddress}", actor: "anonymous", context.RequestAborted);
            return TypedResults.Problem(result.ToString(), statusCode: StatusCodes.Status401Unauthorized);
        }
        // The sign-in manager wrote the cookie or the token; two-factor sign-in is not offered.
        return TypedResults.Empty;
    }

    private static async Task<Results<SignInHttpResult, ChallengeHttpResult>> RefreshAsync(
        RefreshRequest refresh, SignInManager<IvrUser> signIn, IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider time)
    {
        var ticket = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(refresh.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
        {
            return TypedResults.Challenge();
        }
        return TypedResults.SignIn(await signIn.CreateUserPrincipalAsync(user), authenticationScheme: IdentityConstants.BearerScheme);
    }
}
