namespace Ivr.Server.Reporting;

/// <summary>Quality review scores per period, counselor and language, from <c>quality.reviews</c> (docs/quality.md).</summary>
public sealed class QualityReports(ReportSql sql)
{
    public Task<ReportTable> QualityAsync(ReportRange range, CancellationToken cancellationToken) => sql.QueryAsync(
        "quality",
        "Reviewed calls by the day the call arrived: reviews; avg_score = mean weighted score (0-100) of the form each review used; " +
        "min_score and max_score of those reviews.",
        $"""
        SELECT {VolumeReports.PeriodColumn} AS period, counselor, language, count(*)::bigint AS reviews,
               round(avg(score)::numeric, 1)::double precision AS avg_score, min(score) AS min_score, max(score) AS max_score
        FROM quality.reviews WHERE day >= @from AND day < @to
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        """,
        range, ["period", "counselor", "language", "reviews", "avg_score", "min_score", "max_score"], cancellationToken);
}
