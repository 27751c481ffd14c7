namespace Ivr.Server.Reporting;

/// <summary>Days <paramref name="From"/> (inclusive) to <paramref name="To"/> (exclusive), in the records time zone.</summary>
public sealed record ReportRange(DateOnly From, DateOnly To, ReportPeriod Period = ReportPeriod.Day)
{
    public const int MaxYears = 50;

    /// <summary>The days a report may cover: no record is older, and later days would overflow the time arithmetic.</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1), Latest = new(2200, 1, 1);

    /// <returns>An error naming the parameter, or null.</returns>
    public string? Validate() =>
        To <= From ? "'to' must be after 'from' (from is inclusive, to exclusive)."
        : From < Earliest || To > Latest ? $"'from' and 'to' must lie between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd}."
        : To > From.AddYears(MaxYears) ? $"The range may span at most {MaxYears} years."
        : null;

    internal string Unit => Period switch { ReportPeriod.Year => "year", ReportPeriod.Month => "month", _ => "day" };

    internal string Format => Period switch { ReportPeriod.Year => "YYYY", ReportPeriod.Month => "YYYY-MM", _ => "YYYY-MM-DD" };
}
