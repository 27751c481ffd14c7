using Ivr.Server.Authorization;
using Ivr.Server.Data;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

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

        services.AddOptions<SessionOptions>().BindConfiguration(SessionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<SessionOptions>, SessionOptionsValidator>();
        // The pages' sign-in: HTTPS only, never sent by another site, one shift long.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<IOptions<SessionOptions>>((cookie, session) =>
        {
            cookie.Cookie.Name = session.Value.CookieName;
            cookie.Cookie.SecurePolicy = session.Value.SecureCookie ? CookieSecurePolicy.Always : CookieSecurePolicy.None;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.Path = "/";
            cookie.ExpireTimeSpan = session.Value.CookieLifetime;
            cookie.SlidingExpiration = false;
            // The browser drops the cookie by its own (real) clock: stamp its expiry by the real clock too, whatever
            // clock the server's scheduling runs on (tests move it to a chosen day).
            cookie.TimeProvider = TimeProvider.System;
        });
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IOptions<SessionOptions>>((stamp, session) =>
            stamp.ValidationInterval = session.Value.RevalidationInterval);
        services.AddMemoryCache();
        services.AddSingleton<SessionValidator>();
        services.AddScoped<AccountAdministration>();
        services.AddSingleton<HubConnections>();
        services.AddSingleton<HubSessionGuard>();
        services.Configure<HubOptions>(hubs => hubs.AddFilter<HubSessionGuard>());
        services.AddHostedService<HubSessionSweep>();

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
