namespace Ivr.Server.Data;

/// <summary>The <c>Database</c> section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Apply pending migrations when the server starts (development and tests); production runs the <c>migrate</c> command.</summary>
    public bool MigrateOnStart { get; set; }
}
