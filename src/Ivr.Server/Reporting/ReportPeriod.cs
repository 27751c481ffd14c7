namespace Ivr.Server.Reporting;

/// <summary>The granularity rows are grouped by, on calendar days in the records time zone (Asia/Seoul by default).</summary>
public enum ReportPeriod
{
    Day,
    Month,
    Year,
}
