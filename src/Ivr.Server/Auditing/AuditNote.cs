namespace Ivr.Server.Auditing;

/// <summary>One audit entry to write with a change: what was done, to what, and how.</summary>
public sealed record AuditNote(string Action, string Subject, string? Details = null);
