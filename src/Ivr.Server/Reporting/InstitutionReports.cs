namespace Ivr.Server.Reporting;

/// <summary>
/// Partner institutions (docs/institutions.md): calls by institution named from the directory, the institution line's
/// interpretation calls, and referrals. Names come from <c>institutions.names</c> (the names each id was last saved with, kept after the institution is deleted);
/// an id never in the directory (a party added by number) shows as its label or itself.
/// </summary>
public sealed class InstitutionReports(ReportSql sql)
{
    private const string Name = "coalesce(i.name_ko || ' / ' || i.name_en, c.name, r.code)";

    public Task<ReportTable> CallsByInstitutionAsync(ReportRange range, CancellationToken cancellationToken) => sql.QueryAsync(
        "calls-by-institution",
        "Finished calls with an institution: the one added to a three-way call (the last), or the one that called the institution line; " +
        "code = the directory's id (a number or label for a party added by number), name from the directory (kept after a deletion).",
        $"""
        SELECT {VolumeReports.PeriodColumn} AS period, r.code, {Name} AS name, sum(r.calls)::bigint AS calls
        FROM records.daily_dimension r
        LEFT JOIN institutions.names i ON i.id = r.code
        LEFT JOIN records.code_lists c ON c.code = r.code AND c.list = 'institution'
        WHERE r.dimension = 'institution' AND r.day >= @from AND r.day < @to
        GROUP BY 1, 2, 3 ORDER BY 1, 4 DESC, 2
        """,
        range, ["period", "code", "name", "calls"], cancellationToken);

    public Task<ReportTable> InterpretationAsync(ReportRange range, CancellationToken cancellationToken) => sql.QueryAsync(
        "interpretation",
        "Calls on the institution line (an institution asking for an interpreter) by institution ('' = not identified) and language: calls; " +
        "answered; avg_wait_s = mean queue wait of answered calls; avg_talk_s = mean talk time of answered calls; party_minutes = minutes of the parties added.",
        $"""
        SELECT {VolumeReports.PeriodColumn} AS period, coalesce(r.institution, '') AS code, coalesce(i.name_ko || ' / ' || i.name_en, r.institution, '') AS name,
               coalesce(r.language, '') AS language, count(*)::bigint AS calls, count(r.answered_at)::bigint AS answered,
               round(avg(r.wait_seconds) FILTER (WHERE r.answered_at IS NOT NULL)::numeric, 1)::double precision AS avg_wait_s,
               round(avg(r.talk_seconds) FILTER (WHERE r.answered_at IS NOT NULL)::numeric, 1)::double precision AS avg_talk_s,
               round((coalesce(sum(r.party_seconds), 0) / 60)::numeric, 1)::double precision AS party_minutes
        FROM records.calls r LEFT JOIN institutions.names i ON i.id = r.institution
        WHERE r.interpretation AND r.day >= @from AND r.day < @to AND r.ended_at IS NOT NULL
        GROUP BY 1, 2, 3, 4 ORDER BY 1, 5 DESC, 2, 4
        """,
        range, ["period", "code", "name", "language", "calls", "answered", "avg_wait_s", "avg_talk_s", "party_minutes"], cancellationToken);

    public Task<ReportTable> ReferralsAsync(ReportRange range, CancellationToken cancellationToken) => sql.QueryAsync(
        "referrals",
        "Referrals made at wrap-up, by the day made and the institution referred to: referrals; with_consent = those where the caller agreed to their details being passed on.",
        $"""
        SELECT {VolumeReports.PeriodColumn} AS period, r.institution_id AS code, coalesce(i.name_ko || ' / ' || i.name_en, r.institution_id) AS name,
               count(*)::bigint AS referrals, count(*) FILTER (WHERE r.consent)::bigint AS with_consent
        FROM institutions.referrals r LEFT JOIN institutions.names i ON i.id = r.institution_id
        WHERE r.day >= @from AND r.day < @to
        GROUP BY 1, 2, 3 ORDER BY 1, 4 DESC, 2
        """,
        range, ["period", "code", "name", "referrals", "with_consent"], cancellationToken);
}
