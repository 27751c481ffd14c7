namespace Ivr.Server.Reporting;

/// <summary>Callbacks per period and language, from the <c>daily_callbacks</c> rollup; definitions in docs/reports.md.</summary>
public sealed class CallbackReports(ReportSql sql)
{
    public Task<ReportTable> CallbacksAsync(ReportRange range, CancellationToken cancellationToken) => sql.QueryAsync(
        "callbacks",
        "By the day the callback was requested: requested; completed (the caller was dialled and connected to a counselor), failed (every attempt failed), " +
        "cancelled, pending (none of those yet); completion_pct = completed / (completed + failed + cancelled) * 100; " +
        "avg_time_to_callback_s = mean time from the request to the caller connected, of completed callbacks; dials = attempts made.",
        $"""
        SELECT {VolumeReports.PeriodColumn} AS period, language, sum(requested)::bigint AS requested, sum(completed)::bigint AS completed,
               sum(failed)::bigint AS failed, sum(cancelled)::bigint AS cancelled,
               (sum(requested) - sum(completed) - sum(failed) - sum(cancelled))::bigint AS pending,
               round(100.0 * sum(completed) / nullif(sum(completed) + sum(failed) + sum(cancelled), 0), 2) AS completion_pct,
               sum(time_to_callback_seconds) / nullif(sum(completed), 0) AS avg_time_to_callback_s,
               sum(attempts)::bigint AS dials
        FROM records.daily_callbacks WHERE day >= @from AND day < @to
        GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2
        """,
        range, ["period", "language", "requested", "completed", "failed", "cancelled", "pending", "completion_pct", "avg_time_to_callback_s", "dials"], cancellationToken);
}
