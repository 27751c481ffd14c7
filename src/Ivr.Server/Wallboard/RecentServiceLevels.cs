using Ivr.Server.CallRecords;
using Ivr.Server.CallRecords.Model;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Wallboard;

/// <summary>
/// Each language's service level over the last <see cref="Window"/>, from the call records of callers who left the
/// queue in it, by the report's definition: answered within N s / (answered + abandoned in queue − short abandons).
/// A language with no such caller is left out (no figure).
/// </summary>
public static class RecentServiceLevels
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(30);

    // No caller waits this long (Ivr:MaximumWait and the per-language maximum are far shorter): bounds the scan by
    // the arrivals index.
    private static readonly TimeSpan LongestStay = TimeSpan.FromHours(6);

    public static async Task<Dictionary<string, double>> ReadAsync(
        RecordsDbContext records, DateTimeOffset now, int serviceLevelSeconds, int shortAbandonSeconds, CancellationToken cancellationToken)
    {
        var from = now - Window;
        var counts = await records.Calls.AsNoTracking()
            .Where(call => call.ArrivedAt >= from - LongestStay && call.QueueLeftAt >= from && call.QueueLeftAt <= now && call.Language != null)
            .GroupBy(call => call.Language!)
            .Select(language => new
            {
                Language = language.Key,
                Answered = language.Count(call => call.AnsweredAt != null),
                AnsweredWithin = language.Count(call => call.AnsweredAt != null && (call.WaitSeconds ?? 0) <= serviceLevelSeconds),
                Abandoned = language.Count(call => call.AnsweredAt == null && call.Outcome == CallOutcome.AbandonedInQueue),
                ShortAbandons = language.Count(call => call.AnsweredAt == null && call.Outcome == CallOutcome.AbandonedInQueue
                    && (call.WaitSeconds ?? 0) <= shortAbandonSeconds),
            })
            .ToListAsync(cancellationToken);
        return counts.Where(count => count.Answered + count.Abandoned - count.ShortAbandons > 0)
            .ToDictionary(count => count.Language,
                count => Math.Round(100.0 * count.AnsweredWithin / (count.Answered + count.Abandoned - count.ShortAbandons), 2), StringComparer.Ordinal);
    }
}
