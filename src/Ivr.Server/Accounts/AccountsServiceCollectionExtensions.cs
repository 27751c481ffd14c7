using Ivr.Server.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Ivr.Server.Accounts;

public static class AccountsServiceCollectionExtensions
{
    /// <summary>Identity in PostgreSQL with cookies (pages) and bearer tokens (scripts); every endpoint refuses by default.</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddIdentityApiEndpoints<IvrUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<IvrDbContext>();

        services.AddAuthorizationBuilder()
            // RequireAuthorization() with no policy means "any staff role".
            .SetDefaultPolicy(new AuthorizationPolicyBuilder().RequireRole(Roles.All).Build())
            // An endpoint that declares nothing is refused: 401 without credentials, 403 with any.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .RequireAssertion(_ => false)
                .Build());
        return services;
    }
}
