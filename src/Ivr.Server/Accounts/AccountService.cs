using Ivr.Server.Auditing;
using Ivr.Server.Authorization;
using Ivr.Server.Data;
using Microsoft.AspNetCore.Identity;

namespace Ivr.Server.Accounts;

/// <summary>Creates staff accounts with one role; shared by the API and the first-account command.</summary>
public sealed class AccountService(UserManager<IvrUser> users, AuditLog audit)
{
    public sealed record Result(AccountsApi.AccountResponse? Account, Dictionary<string, string[]> Errors)
    {
        public bool Succeeded => Account is not null;
    }

    public async Task<Result> CreateAsync(string email, string password, string role, string? displayName, string actor = "")
    {
        if (!Roles.All.Contains(role))
        {
            return Failed("role", $"Role must be one of: {string.Join(", ", Roles.All)}.");
        }

        var user = new IvrUser { UserName = email, Email = email, DisplayName = displayName, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return new Result(null, created.Errors.GroupBy(error => error.Code)
                .ToDictionary(group => group.Key, group => group.Select(error => error.Description).ToArray()));
        }
        await users.AddToRoleAsync(user, role);
        await audit.WriteAsync("account.create", email, $"role={role}", actor);
        return new Result(new AccountsApi.AccountResponse(user.Id, email, displayName, [role]), []);
    }

    private static Result Failed(string key, string message) => new(null, new() { [key] = [message] });
}
