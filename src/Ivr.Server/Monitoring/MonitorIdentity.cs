using System.Security.Claims;

namespace Ivr.Server.Monitoring;

/// <summary>
/// The Twilio Client identity of a supervisor's browser device (<c>client:supervisor-{account id}</c>): like a
/// counselor's softphone (<c>client:{counselor id}</c>), and never the same as one.
/// </summary>
public static class MonitorIdentity
{
    public const string Prefix = "supervisor-";

    public static string Of(ClaimsPrincipal user) =>
        Prefix + (user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.FindFirstValue(ClaimTypes.Name) ?? "unknown");
}
