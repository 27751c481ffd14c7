namespace Ivr.Server.Planning.Plans;

/// <summary>
/// One planned half hour: <see cref="Count"/> counselors (0-500) for <see cref="Language"/> in <see cref="Interval"/>
/// (0-47) of either the weekly template's <see cref="DayOfWeek"/> (0 = Sunday … 6 = Saturday) or a <see cref="Date"/>.
/// </summary>
public sealed record PlanCell(string? Language, int? DayOfWeek, DateOnly? Date, int? Interval, int? Count);

/// <summary>A date's exception for a language, to remove (the template plans the day again).</summary>
public sealed record PlanExceptionKey(DateOnly? Date, string? Language);

/// <summary>A save of the plan: the cells that change and the exceptions removed, as a new version with a note.</summary>
public sealed record PlanSaveRequest(string? Note, List<PlanCell>? Cells, List<PlanExceptionKey>? Clear);

/// <summary>
/// Copies the requirement of the dates <see cref="From"/> (inclusive) to <see cref="To"/> (exclusive, at most 28 days)
/// into the plan: <see cref="Into"/> <c>exceptions</c> (each date as it is) or <c>template</c> (per day of week, the
/// most any of the range's dates of that weekday requires), for <see cref="Languages"/> (all the center's when empty),
/// for the service-level target given (80 % in 20 s at most 85 % occupancy by default).
/// </summary>
public sealed record PlanAcceptRequest(
    DateOnly? From, DateOnly? To, string? Into, string? Note, List<string>? Languages,
    double? ServiceLevel, double? TargetSeconds, double? MaxOccupancy);

/// <summary>The plan as saved: its version, who saved it, when and why, and its template and exceptions.</summary>
public sealed record PlanView(int Version, string? Note, string? CreatedBy, DateTimeOffset? CreatedAt, StaffingPlan Plan);

/// <summary>A version of the plan without its content.</summary>
public sealed record PlanVersionSummary(int Version, string? Note, string CreatedBy, DateTimeOffset CreatedAt);
