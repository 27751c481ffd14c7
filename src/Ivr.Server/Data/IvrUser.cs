using Microsoft.AspNetCore.Identity;

namespace Ivr.Server.Data;

/// <summary>A person who signs in: counselor, supervisor or operations staff.</summary>
public sealed class IvrUser : IdentityUser
{
    public string? DisplayName { get; set; }
}
