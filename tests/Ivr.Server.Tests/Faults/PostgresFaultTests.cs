using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ivr.PhoneSim.Calls;
using Ivr.Server.Authorization;
using Ivr.Server.CallRecords;
using Ivr.Server.Counselors;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.Faults;

/// <summary>
/// PostgreSQL stopped (<c>pg_ctl stop</c>) under a running server: callers need only Redis, so calls go on and the
/// instance stays in service (degraded); a signed-in counselor goes on working (break, back, wrap-ups through their
/// own API); the records wait in the outbox and arrive once PostgreSQL is back, each once.
/// </summary>
public sealed class PostgresFaultTests
{
    private static readonly TimeSpan Outage = TimeSpan.FromMinutes(1);

    [Test]
    public async Task PostgresStopped_CallsGoOnAndTheirRecordsArriveOnceAfterwards()
    {
        await using var postgres = await PrivatePostgres.StartAsync();
        await using var scene = await FaultScene.StartAsync(new() { ["ConnectionStrings:Postgres"] = postgres.ConnectionString });
        var counselor = await scene.SignInCounselorAccountAsync();
        var operations = await scene.Center.Server.CreateSignedInClientAsync(Roles.Operations);
        var before = scene.PlaceCall("+821022220001");
        await scene.TalkAndWrapUpAsync(before, "F-4", counselor);
        await WaitForRecordAsync(scene, before.Sid);

        await postgres.StopServerAsync();
        var outage = System.Diagnostics.Stopwatch.StartNew();
        var onBreak = await counselor.PostAsJsonAsync("/api/counselor/presence", new PresenceRequest("break", "meeting"));
        var back = await counselor.PostAsJsonAsync("/api/counselor/presence", new PresenceRequest("available", null));
        var calls = new List<SimCall>();
        foreach (var from in new[] { "+821022220002", "+821022220003" })
        {
            calls.Add(scene.PlaceCall(from));
            await scene.TalkAndWrapUpAsync(calls[^1], "H-2", counselor);
        }
        var staffingList = await operations.GetAsync("/api/staffing/counselors");
        var ready = await scene.Center.Server.CreateClient().GetAsync("/health/ready");
        var health = await scene.Center.Server.CreateClient().GetAsync("/health");
        var remaining = Outage - outage.Elapsed;
        if (remaining > TimeSpan.Zero)
        {
            await Task.Delay(remaining);
        }
        var state = scene.ProcessState();
        await postgres.StartServerAsync();

        Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the instance stays in service without PostgreSQL");
        Assert.That((onBreak.StatusCode, back.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK)), "the counselor's presence changes");
        Assert.That(staffingList.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), "a page that needs the database says so, not 500");
        Assert.That(staffingList.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(5)));
        using (var report = JsonDocument.Parse(await health.Content.ReadAsStringAsync()))
        {
            Assert.That(report.RootElement.GetProperty("checks").GetProperty("postgres").GetProperty("status").GetString(), Is.EqualTo("Degraded"));
        }
        Assert.That(state.Stopped, Is.Empty, "every background service survived the outage");
        Assert.That(state.HostStopping, Is.False);
        foreach (var call in calls)
        {
            await WaitForRecordAsync(scene, call.Sid);
        }
        await using var scope = scene.Center.Server.Services.CreateAsyncScope();
        var records = scope.ServiceProvider.GetRequiredService<RecordsDbContext>();
        var sids = calls.Select(call => call.Sid).Append(before.Sid).ToList();
        var written = await records.Calls.AsNoTracking().Where(call => sids.Contains(call.CallSid))
            .Select(call => new { call.CallSid, call.ResidencyStatus }).ToListAsync();
        Assert.That(written.Select(call => (call.CallSid, call.ResidencyStatus)),
            Is.EquivalentTo(new[] { (before.Sid, "F-4"), (calls[0].Sid, "H-2"), (calls[1].Sid, "H-2") }), "one record per call, none lost, none twice");
        Assert.That(scene.Errors(), Is.Empty);
    }

    private static Task WaitForRecordAsync(FaultScene scene, string callSid) => scene.Center.EventuallyAsync(async () =>
    {
        await using var scope = scene.Center.Server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RecordsDbContext>().Calls.AsNoTracking()
            .AnyAsync(call => call.CallSid == callSid && call.ResidencyStatus != null);
    }, $"the record of {callSid} is written");
}
