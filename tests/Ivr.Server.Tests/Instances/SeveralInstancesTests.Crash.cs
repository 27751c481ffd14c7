using Ivr.PhoneSim.Calls;
using Npgsql;

namespace Ivr.Server.Tests.Instances;

public sealed partial class SeveralInstancesTests
{
    private const int CrashCalls = 100;

    // Simulator time (20 times real time): 3 s of real talk, long beside the server's own latency.
    private static readonly TimeSpan TalkTime = TimeSpan.FromSeconds(60);

    /// <summary>
    /// 100 English calls arrive, ten a second, for 25 counselors who talk 3 s each; after the 50th, instance B is killed (SIGKILL). nginx
    /// sends B's share, and any webhook B died holding, to A and C; a reservation B made and did not ring times out
    /// and the caller is offered again; entries B's records writer held are claimed by another. Afterwards every caller
    /// was put through to a counselor exactly once, no counselor was rung for a second caller while on a call, and every
    /// call has exactly one record, counted once in the day's figures.
    /// </summary>
    [Test, Order(10)]
    public async Task KillNine_OfOneInstanceAmidAHundredCalls_LosesNoCallerAssignmentOrRecord()
    {
        var counselors = Enumerable.Range(1, 25).Select(i => new Counselor($"client:crash-en-{i:D2}", TalkTime)).ToList();
        foreach (var counselor in counselors)
        {
            cluster.Twilio.Parties.Register(counselor.Identity, counselor);
            var id = counselor.Identity["client:".Length..];
            await operations.PutCounselorAsync(id, "en");
            await operations.SetPresenceAsync(id, "available");
        }

        var callers = new List<(SimCall Call, Caller Party)>();
        for (var i = 0; i < CrashCalls; i++)
        {
            var party = new Caller("2*");
            callers.Add((cluster.Twilio.PlaceIncomingCall($"+8210777{i:D5}", party), party));
            if (i == CrashCalls / 2)
            {
                await cluster.Servers[1].KillAsync();
            }
            await Task.Delay(100);
        }

        await EventuallyAsync(() => callers.All(caller => caller.Party.Connections > 0),
            () => $"every caller is put through to a counselor; not yet: {string.Join(", ", callers.Where(c => c.Party.Connections == 0).Select(c => $"{c.Call.Sid} ({c.Call.Status})"))}", 120);
        await EventuallyAsync(() => callers.All(caller => caller.Call.IsEnded),
            () => $"every call has ended (the counselors hang up); not yet: {string.Join("; ", callers.Where(c => !c.Call.IsEnded).Select(c => Describe(c.Call)))}", 60);
        var sids = callers.Select(caller => caller.Call.Sid).ToArray();
        await EventuallyAsync(async () => await FinishedRecordsAsync(sids) == CrashCalls, "the records writer has written every call's outcome", 60);

        var retried = cluster.Nginx.AccessLog().Count(line => line.Contains(", ", StringComparison.Ordinal) && line.Contains("CallSid=", StringComparison.Ordinal));
        var taken = cluster.Nginx.ErrorLog().Split('\n').Count(line => line.Contains("[error]", StringComparison.Ordinal) && line.Contains("while reading response header", StringComparison.Ordinal));
        await TestContext.Out.WriteLineAsync($"webhooks nginx sent on to another instance after B died: {retried}, of which B had taken and died on: {taken}");
        Assert.That(callers.Where(caller => caller.Party.Connections != 1 || caller.Call.HungUpByParty).Select(caller => caller.Call.Sid), Is.Empty,
            "every caller was put through once and none hung up (they wait as long as it takes)");
        Assert.That(cluster.Journal.Events.Where(e => e.Kind == "error").Select(e => $"{e.CallSid} {string.Join(' ', e.Data.Select(d => $"{d.Key}={d.Value}"))}"),
            Is.Empty, "no webhook failed and no caller heard Twilio's application error");
        Assert.That(Overlaps(counselors.Select(counselor => counselor.Identity)), Is.Empty, "no counselor was rung for a caller while on another call");
        Assert.That(counselors.Sum(counselor => counselor.RingsWhileBusy), Is.Zero, "no counselor was rung while on a call");
        var (rows, answered, arrivalsCounted, answeredCounted) = await RecordsAsync(sids);
        Assert.That((rows, answered), Is.EqualTo((CrashCalls, CrashCalls)), "one record per call, each answered");
        Assert.That((arrivalsCounted, answeredCounted), Is.EqualTo((CrashCalls, CrashCalls)), "each call counted once in the day's English figures");
    }

    private string Describe(SimCall caller)
    {
        var conference = cluster.Twilio.Conferences.All.FirstOrDefault(c => c.Participants.Any(p => p.CallSid == caller.Sid));
        var others = conference?.Participants.Where(p => p.CallSid != caller.Sid).Select(p => cluster.Twilio.Calls.All.FirstOrDefault(call => call.Sid == p.CallSid))
            .Select(call => $"{call?.To} {call?.Status}") ?? [];
        var reservation = conference?.FriendlyName.Replace("ivr-", "", StringComparison.Ordinal) ?? "?";
        var legs = cluster.Twilio.Calls.All.Where(call => call.To.StartsWith("client:", StringComparison.Ordinal) && call.Setup.ToString().Contains(reservation, StringComparison.Ordinal))
            .Select(leg => $"{leg.To} {leg.Status} {leg.StartTime:HH:mm:ss.fff}-{leg.EndTime:HH:mm:ss.fff}");
        var joined = cluster.Journal.Events.Where(e => e.CallSid == caller.Sid).Select(e => $"{e.At:HH:mm:ss.fff} {e.Kind} {e.Data.GetValueOrDefault("_url") ?? e.Data.GetValueOrDefault("verb") ?? e.Data.GetValueOrDefault("status")}").TakeLast(6);
        return $"{caller.Sid} {caller.Status} at {caller.CurrentUrl?.AbsolutePath} conference {conference?.FriendlyName} with [{string.Join(", ", others)}]; legs [{string.Join(", ", legs)}]; last [{string.Join(", ", joined)}]";
    }

    /// <summary>Counselor legs that began before the same counselor's previous leg ended: a counselor reserved twice.</summary>
    private List<string> Overlaps(IEnumerable<string> identities) =>
    [
        .. identities.SelectMany(identity =>
        {
            var legs = cluster.Twilio.Calls.All.Where(call => call.To == identity).OrderBy(call => call.DateCreated).ToList();
            return legs.Zip(legs.Skip(1)).Where(pair => pair.Second.DateCreated < (pair.First.EndTime ?? DateTimeOffset.MaxValue))
                .Select(pair => $"{identity}: {pair.First.Sid} and {pair.Second.Sid}");
        }),
    ];

    private async Task<long> FinishedRecordsAsync(string[] sids)
    {
        await using var connection = new NpgsqlConnection(cluster.Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM records.calls WHERE call_sid = ANY(@sids) AND outcome <> 'in_progress'", connection);
        command.Parameters.AddWithValue("sids", sids);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<(long Rows, long Answered, long ArrivalsCounted, long AnsweredCounted)> RecordsAsync(string[] sids)
    {
        await using var connection = new NpgsqlConnection(cluster.Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM records.calls WHERE call_sid = ANY(@sids)),
                   (SELECT count(*) FROM records.calls WHERE call_sid = ANY(@sids) AND outcome = 'answered'),
                   (SELECT coalesce(sum(arrivals), 0) FROM records.daily_language WHERE language = 'en'),
                   (SELECT coalesce(sum(answered), 0) FROM records.daily_language WHERE language = 'en')
            """, connection);
        command.Parameters.AddWithValue("sids", sids);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
    }
}
