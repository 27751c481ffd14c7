namespace Ivr.Server.Reporting;

/// <summary>A report as a table: the same shape goes to JSON, CSV and the command line.</summary>
/// <param name="Definition">Which metric definitions the numbers follow, in words (see docs/reports.md).</param>
public sealed record ReportTable(string Name, string Definition, IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows);
