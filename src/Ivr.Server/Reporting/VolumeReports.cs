using Ivr.Server.CallRecords.Model;

namespace Ivr.Server.Reporting;

/// <summary>Volume reports, all read from rollups, so their cost grows with days and languages, not with calls.</summary>
public sealed class VolumeReports(ReportSql sql)
{
    public const string PeriodColumn = "to_char(date_trunc(@unit, day::timestamp), @format)";

    public Task<ReportTable> CallsByLanguageAsync(ReportRange range, CancellationToken cancellationToken) => sql.QueryAsync(
        "calls-by-language",
        "calls: finished calls that arrived in the period, by the language chosen ('' = none chosen); consultations: of those, answered by a counselor (the 1345 figure).",
        $"""
        SELECT {PeriodColumn} AS period, language, sum(arrivals)::bigint AS calls, sum(answered)::bigint AS consultations
        FROM records.daily_language WHERE day >= @from AND day < @to
        GROUP BY 1, 2 ORDER BY 1, 4 DESC, 2
        """,
        range, ["period", "language", "calls", "consultations"], cancellationToken);

    public Task<ReportTable> MessagesAsync(ReportRange range, CancellationToken cancellationToken) => sql.QueryAsync(
        "messages",
        "messages: finished calls that left a recorded message (on hold, after hours or at the longest wait), by language; share_pct = messages / calls in that language * 100.",
        $"""
        SELECT {PeriodColumn} AS period, language, sum(arrivals)::bigint AS calls, sum(message_left)::bigint AS messages,
               round(100.0 * sum(message_left) / nullif(sum(arrivals), 0), 2) AS share_pct
        FROM records.daily_language WHERE day >= @from AND day < @to
        GROUP BY 1, 2 HAVING sum(message_left) > 0 ORDER BY 1, 4 DESC, 2
        """,
        range, ["period", "language", "calls", "messages", "share_pct"], cancellationToken);

    public Task<ReportTable> CallsByDimensionAsync(string dimension, ReportRange range, CancellationToken cancellationToken) => sql.QueryAsync(
        dimension == DailyDimensionRollup.Residency ? "calls-by-residency-status" : "calls-by-" + dimension,
        $"Finished calls whose wrap-up recorded a {dimension}, by the {dimension} recorded last.",
        $"""
        SELECT {PeriodColumn} AS period, r.code, coalesce(c.name, r.code) AS name, sum(r.calls)::bigint AS calls
        FROM records.daily_dimension r
        LEFT JOIN records.code_lists c ON c.code = r.code AND c.list = CASE @dimension WHEN 'residency' THEN 'residency-status' ELSE @dimension END
        WHERE r.dimension = @dimension AND r.day >= @from AND r.day < @to
        GROUP BY 1, 2, 3 ORDER BY 1, 4 DESC, 2
        """,
        range, ["period", "code", "name", "calls"], cancellationToken, ("dimension", dimension));

    public Task<ReportTable> SensitiveCallsAsync(ReportRange range, CancellationToken cancellationToken) => sql.QueryAsync(
        "sensitive-calls",
        "Finished calls from victims of crime (tagged victim-support in the menu or on hold): how many, never their notes.",
        $"""
        SELECT {PeriodColumn} AS period, sum(calls)::bigint AS calls
        FROM records.daily_dimension WHERE dimension = @dimension AND day >= @from AND day < @to
        GROUP BY 1 ORDER BY 1
        """,
        range, ["period", "calls"], cancellationToken, ("dimension", DailyDimensionRollup.Sensitive));

    public Task<ReportTable> ArrivalsByHourAsync(ReportRange range, CancellationToken cancellationToken) => sql.QueryAsync(
        "arrivals-by-hour",
        "Finished calls by hour of arrival (records time zone) and ISO weekday of the arrival day.",
        """
        SELECT hour,
               coalesce(sum(arrivals) FILTER (WHERE extract(isodow FROM day) = 1), 0)::bigint AS mon,
               coalesce(sum(arrivals) FILTER (WHERE extract(isodow FROM day) = 2), 0)::bigint AS tue,
               coalesce(sum(arrivals) FILTER (WHERE extract(isodow FROM day) = 3), 0)::bigint AS wed,
               coalesce(sum(arrivals) FILTER (WHERE extract(isodow FROM day) = 4), 0)::bigint AS thu,
               coalesce(sum(arrivals) FILTER (WHERE extract(isodow FROM day) = 5), 0)::bigint AS fri,
               coalesce(sum(arrivals) FILTER (WHERE extract(isodow FROM day) = 6), 0)::bigint AS sat,
               coalesce(sum(arrivals) FILTER (WHERE extract(isodow FROM day) = 7), 0)::bigint AS sun,
               sum(arrivals)::bigint AS total
        FROM records.hourly_arrivals WHERE day >= @from AND day < @to
        GROUP BY hour ORDER BY hour
        """,
        range, ["hour", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "total"], cancellationToken);

    public Task<ReportTable> SelfServiceAsync(ReportRange range, CancellationToken cancellationToken) => sql.QueryAsync(
        "self-service",
        "completion_pct = calls that ended in a self-service branch without joining a queue / all finished calls * 100.",
        $"""
        SELECT {PeriodColumn} AS period, sum(arrivals)::bigint AS calls, sum(self_service)::bigint AS self_service,
               round(100.0 * sum(self_service) / nullif(sum(arrivals), 0), 2) AS completion_pct
        FROM records.daily_language WHERE day >= @from AND day < @to
        GROUP BY 1 ORDER BY 1
        """,
        range, ["period", "calls", "self_service", "completion_pct"], cancellationToken);

    public Task<ReportTable> AfterHoursAsync(ReportRange range, CancellationToken cancellationToken) => sql.QueryAsync(
        "after-hours",
        "after_hours: calls that reached the language's closed-hours message; closed: calls that met an emergency closure; share_pct = after_hours / calls in that language * 100.",
        $"""
        SELECT {PeriodColumn} AS period, language, sum(after_hours)::bigint AS after_hours, sum(closed)::bigint AS closed,
               round(100.0 * sum(after_hours) / nullif(sum(arrivals), 0), 2) AS share_pct
        FROM records.daily_language WHERE day >= @from AND day < @to
        GROUP BY 1, 2 HAVING sum(after_hours) + sum(closed) > 0 ORDER BY 1, 3 DESC, 2
        """,
        range, ["period", "language", "after_hours", "closed", "share_pct"], cancellationToken);
}
