namespace Ivr.Server.Reporting;

/// <summary>Service and staff metrics per language and per counselor, from rollups; definitions in docs/reports.md.</summary>
public sealed class ServiceReports(ReportSql sql)
{
    public Task<ReportTable> LanguageServiceAsync(ReportRange range, int serviceLevelIndex, int shortAbandonIndex, int serviceLevelSeconds, int shortAbandonSeconds, CancellationToken cancellationToken) => sql.QueryAsync(
        "language-service",
        $"service_level_pct = answered within {serviceLevelSeconds} s / (answered + abandoned in queue - short abandons) * 100 (Genesys, short abandons excluded); " +
        $"answered_within_pct = answered within {serviceLevelSeconds} s / answered * 100 (Asterisk SL); asa_s = mean queue wait of answered calls (Amazon Connect); " +
        $"abandon_pct = abandoned in queue / queued * 100 (Amazon Connect); short_abandons = abandoned in queue within {shortAbandonSeconds} s; " +
        "aht_s = (talk + hold + after-call work) / handled calls (Amazon Connect); acw_s = after-call work / calls with wrap-up (Genesys); longest_wait_s = longest queue wait, answered or not (Connect's maximum queued time).",
        $"""
        SELECT language, sum(queued)::bigint AS queued, sum(answered)::bigint AS answered, sum(abandoned_in_queue)::bigint AS abandoned,
               sum(abandoned_within[@short])::bigint AS short_abandons,
               round(100.0 * sum(answered_within[@sl]) / nullif(sum(answered) + sum(abandoned_in_queue) - sum(abandoned_within[@short]), 0), 2) AS service_level_pct,
               round(100.0 * sum(answered_within[@sl]) / nullif(sum(answered), 0), 2) AS answered_within_pct,
               sum(answered_wait_seconds) / nullif(sum(answered), 0) AS asa_s,
               round(100.0 * sum(abandoned_in_queue) / nullif(sum(queued), 0), 2) AS abandon_pct,
               (sum(talk_seconds) + sum(hold_seconds) + sum(wrap_up_seconds)) / nullif(sum(handled), 0) AS aht_s,
               sum(wrap_up_seconds) / nullif(sum(wrapped_up), 0) AS acw_s,
               max(longest_wait_seconds) AS longest_wait_s
        FROM records.daily_language WHERE day >= @from AND day < @to AND queued > 0
        GROUP BY language ORDER BY 2 DESC, 1
        """,
        range,
        ["language", "queued", "answered", "abandoned", "short_abandons", "service_level_pct", "answered_within_pct", "asa_s", "abandon_pct", "aht_s", "acw_s", "longest_wait_s"],
        cancellationToken, ("sl", serviceLevelIndex), ("short", shortAbandonIndex));

    public Task<ReportTable> CounselorsAsync(ReportRange range, CancellationToken cancellationToken) => sql.QueryAsync(
        "counselors",
        "handled: calls answered and ended; aht_s = (talk + hold + after-call work) / handled; occupancy_pct = (talk + hold + after-call work) / (that + idle) * 100 (Amazon Connect), idle time from counselor.idle events and queue.reserved idle fields.",
        """
        SELECT counselor, sum(handled)::bigint AS handled,
               (sum(talk_seconds) + sum(hold_seconds) + sum(wrap_up_seconds)) / nullif(sum(handled), 0) AS aht_s,
               sum(talk_seconds + hold_seconds + wrap_up_seconds) AS handle_s, sum(idle_seconds) AS idle_s,
               round((100 * sum(talk_seconds + hold_seconds + wrap_up_seconds) / nullif(sum(talk_seconds + hold_seconds + wrap_up_seconds + idle_seconds), 0))::numeric, 2) AS occupancy_pct
        FROM records.counselor_daily WHERE day >= @from AND day < @to
        GROUP BY counselor ORDER BY 2 DESC, 1
        """,
        range, ["counselor", "handled", "aht_s", "handle_s", "idle_s", "occupancy_pct"], cancellationToken);
}
