using Ivr.Server.CallRecords;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Reporting;

/// <summary>
/// The "Local Lawyer for Foreigners" sessions (docs/lawyers.md), from <c>lawyers.bookings</c>: by the session's day in
/// the records' time zone, language and topic, the sessions run and their outcomes, the no-show rate and the time from
/// the request (the booking) to the session.
/// </summary>
public sealed class LawyerReports(ReportSql sql, IOptions<CallRecordsOptions> records)
{
    public Task<ReportTable> SessionsAsync(ReportRange range, CancellationToken cancellationToken) => sql.QueryAsync(
        "lawyer-sessions",
        "Lawyer sessions whose time has come, by the session's day, language and topic: sessions = those run (any outcome: completed, interrupted, " +
        "no-show-lawyer, no-show-caller, no-interpreter); completed = the caller talked with the lawyer; no_show_pct = no-shows of the lawyer or the caller " +
        "per 100 sessions; missed = sessions the server did not run in their slot (down, or the instance running it died; not sessions); cancelled = bookings cancelled before their time (not sessions); avg_hours_to_session = mean hours from the booking (request) " +
        "to the session's time, over sessions.",
        """
        SELECT to_char(date_trunc(@unit, b.day::timestamp), @format) AS period, b.language, b.topic,
               count(*) FILTER (WHERE b.state NOT IN ('cancelled', 'missed'))::bigint AS sessions,
               count(*) FILTER (WHERE b.state = 'completed')::bigint AS completed,
               count(*) FILTER (WHERE b.state = 'no-show-lawyer')::bigint AS no_show_lawyer,
               count(*) FILTER (WHERE b.state = 'no-show-caller')::bigint AS no_show_caller,
               count(*) FILTER (WHERE b.state = 'no-interpreter')::bigint AS no_interpreter,
               count(*) FILTER (WHERE b.state = 'missed')::bigint AS missed,
               count(*) FILTER (WHERE b.state = 'cancelled')::bigint AS cancelled,
               round(100.0 * count(*) FILTER (WHERE b.state IN ('no-show-lawyer', 'no-show-caller'))
                     / nullif(count(*) FILTER (WHERE b.state NOT IN ('cancelled', 'missed')), 0), 2)::double precision AS no_show_pct,
               round((avg(extract(epoch FROM b.starts_at - b.booked_at)) FILTER (WHERE b.state NOT IN ('cancelled', 'missed')) / 3600)::numeric, 1)::double precision AS avg_hours_to_session
        FROM (SELECT *, (starts_at AT TIME ZONE @zone)::date AS day FROM lawyers.bookings WHERE state NOT IN ('booked', 'running')) b
        WHERE b.day >= @from AND b.day < @to
        GROUP BY 1, 2, 3 ORDER BY 1, 4 DESC, 2, 3
        """,
        range, ["period", "language", "topic", "sessions", "completed", "no_show_lawyer", "no_show_caller", "no_interpreter", "missed", "cancelled", "no_show_pct", "avg_hours_to_session"],
        cancellationToken, ("zone", records.Value.TimeZone));
}
