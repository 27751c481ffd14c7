using Ivr.Server.Auditing;
using Ivr.Server.Data;
using Microsoft.AspNetCore.Identity;

namespace Ivr.Server.Accounts;

/// <summary>
/// Disables and enables staff accounts, changes their role and revokes their sessions. Each changes the security
/// stamp, so every cookie, bearer token, refresh token and hub connection issued before is refused
/// (<see cref="SessionValidator"/>, <see cref="HubConnections"/>); each is audited.
/// </summary>
public sealed class AccountAdministration(UserManager<IvrUser> users, AuditLog audit, SessionValidator sessions, HubConnections hubs)
{
    /// <summary>A disabled account is locked out until this date (Identity's lockout refuses its sign-in).</summary>
    private static readonly DateTimeOffset DisabledUntil = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static bool IsDisabled(IvrUser user) => user.LockoutEnd >= DisabledUntil;

    public async Task<IvrUser?> DisableAsync(string userId, string reason)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return null;
        }
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DisabledUntil);
        await RevokeAsync(user, "account.disable", reason);
        return user;
    }

    public async Task<IvrUser?> EnableAsync(string userId)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return null;
        }
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        sessions.Forget(user.Id);
        await audit.WriteAsync("account.enable", user.Email ?? user.Id);
        return user;
    }

    public async Task<IvrUser?> SetRoleAsync(string userId, string role)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return null;
        }
        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current);
        await users.AddToRoleAsync(user, role);
        await RevokeAsync(user, "account.role", $"role={role} (was {string.Join(",", current)})");
        return user;
    }

    public async Task<IvrUser?> RevokeSessionsAsync(string userId)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return null;
        }
        await RevokeAsync(user, "account.revoke-sessions", null);
        return user;
    }

    private async Task RevokeAsync(IvrUser user, string action, string? details)
    {
        await users.UpdateSecurityStampAsync(user);
        sessions.Forget(user.Id);
        hubs.Abort(user.Id);
        await audit.WriteAsync(action, user.Email ?? user.Id, details);
    }
}
