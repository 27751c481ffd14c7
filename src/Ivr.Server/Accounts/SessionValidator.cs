using System.Security.Claims;
using Ivr.Server.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Accounts;

/// <summary>
/// Whether a signed-in principal is still current: its account exists, is not disabled, and its security stamp (changed
/// by a disable, a role change or a revocation) is the one the sign-in was issued with. Cached per account for
/// <see cref="SessionOptions.RevalidationInterval"/>. When PostgreSQL cannot answer, sessions stay valid (staff keep
/// taking calls through a database outage) until the next check an interval later: one slow attempt per account and
/// interval, not one per request.
/// </summary>
public sealed partial class SessionValidator(
    IServiceScopeFactory scopes, IMemoryCache cache, IOptions<SessionOptions> options, IOptions<IdentityOptions> identity, ILogger<SessionValidator> logger)
{
    private sealed record Account(string? Stamp, bool Disabled, bool Unverified = false);

    public async Task<bool> IsCurrentAsync(ClaimsPrincipal user)
    {
        var claims = identity.Value.ClaimsIdentity;
        if (user.Identity?.IsAuthenticated != true || user.FindFirstValue(claims.UserIdClaimType) is not { } userId)
        {
            return true;
        }
        if (!cache.TryGetValue(Key(userId), out Account? account))
        {
            try
            {
                account = await LoadAsync(userId);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Unavailable(logger, exception.GetType().Name);
                account = new Account(null, Disabled: false, Unverified: true);
            }
            cache.Set(Key(userId), account, options.Value.RevalidationInterval);
        }
        return account is { Unverified: true } || account is { Disabled: false } && account.Stamp == user.FindFirstValue(claims.SecurityStampClaimType);
    }

    /// <summary>Drops what is known of the account, so this instance sees a change at once.</summary>
    public void Forget(string userId) => cache.Remove(Key(userId));

    private async Task<Account?> LoadAsync(string userId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<IvrUser>>().FindByIdAsync(userId);
        return user is null ? null : new Account(user.SecurityStamp, AccountAdministration.IsDisabled(user));
    }

    private static string Key(string userId) => "session:" + userId;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sessions not revalidated: the accounts database did not answer ({Exception}).")]
    private static partial void Unavailable(ILogger logger, string exception);
}
