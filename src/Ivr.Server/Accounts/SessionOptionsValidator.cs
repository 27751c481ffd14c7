using Microsoft.Extensions.Options;

namespace Ivr.Server.Accounts;

/// <summary>A session cookie sent over plain HTTP is for development: refuse it in Production.</summary>
public sealed class SessionOptionsValidator(IHostEnvironment environment) : IValidateOptions<SessionOptions>
{
    public ValidateOptionsResult Validate(string? name, SessionOptions options) =>
        !options.SecureCookie && environment.IsProduction()
            ? ValidateOptionsResult.Fail("Accounts:Session:SecureCookie may only be false outside Production.")
            : ValidateOptionsResult.Success;
}
