namespace Ivr.Server.Hours;

/// <summary>The emergency closure switch: when active, every caller hears the closure message and nothing else.</summary>
public sealed record Closure(bool Active, string? Message)
{
    public static Closure None { get; } = new(false, null);
}
