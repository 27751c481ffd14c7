namespace Ivr.Server.Planning.Plans;

/// <summary>
/// A saved version of the staffing plan: the whole <see cref="StaffingPlan"/> as JSON (jsonb), who saved it, when and
/// why. Every save adds a version; the newest is the plan. Version 0 (never stored) is the empty plan.
/// </summary>
public sealed class PlanVersion
{
    public const int MaxNoteLength = 500;

    public int Version { get; set; }
    public required string Content { get; set; }
    public string? Note { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
