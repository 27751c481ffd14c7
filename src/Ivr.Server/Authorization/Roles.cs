namespace Ivr.Server.Authorization;

public static class Roles
{
    public const string Counselor = "counselor";
    public const string Supervisor = "supervisor";
    public const string Operations = "operations";

    public static readonly IReadOnlyList<string> All = [Counselor, Supervisor, Operations];
}
