using System.Net.Http.Json;
using Ivr.Acd.Engine;
using Ivr.Acd.Events;
using Ivr.Server.CallRecords;
using Ivr.Server.Counselors;
using Ivr.Server.Queueing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Ivr.Server.Tests.Infrastructure;

/// <summary>
/// A call a counselor handled, the way the server sees it: the caller joins the line, the ACD offers them to the
/// signed-in counselor, the call ends, the counselor's softphone sends the wrap-up form; then the records writer
/// folds it into the call's row.
/// </summary>
public static class HandledCalls
{
    public static async Task HandleCallAsync(this IvrServerFactory factory, HttpClient counselor, string counselorId, string callSid,
        string language, IReadOnlyList<string> tags, string? note, string residencyStatus = "F-6", string? from = null)
    {
        var engine = factory.Services.GetRequiredService<AcdEngine>();
        if (from is not null)
        {
            // What the IVR writes when the call comes in: who called (protected by the records writer).
            await CallEventStream.AppendAsync(factory.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase(), engine.Keys.ContactCenter,
                new CallEvent($"{callSid}:arrived", CallEventTypes.CallArrived, callSid, factory.Services.GetRequiredService<TimeProvider>().GetUtcNow(),
                    new Dictionary<string, string> { ["from"] = from, ["to"] = "1345" }));
        }
        (await counselor.PostAsJsonAsync("/api/counselor/presence", new PresenceRequest("available", null))).EnsureSuccessStatusCode();
        await factory.Services.GetRequiredService<ICallerQueue>().JoinAsync(new QueueJoinRequest(callSid, language, 0, tags, DateTimeOffset.UnixEpoch), CancellationToken.None);
        await engine.AcceptAsync((await engine.GetCounselorAsync(counselorId))!.ReservationId!);
        await engine.CallEndedAsync(callSid);
        (await counselor.PostAsJsonAsync("/api/counselor/wrap-up", new WrapUpRequest(callSid, residencyStatus, null, note))).EnsureSuccessStatusCode();
        await factory.RecordsEventuallyAsync(async records => await records.Calls.AnyAsync(call => call.CallSid == callSid && call.ResidencyStatus == residencyStatus));
    }

    /// <summary>Waits (up to 30 s) until the records satisfy <paramref name="condition"/>, or fails the test.</summary>
    public static async Task RecordsEventuallyAsync(this IvrServerFactory factory, Func<RecordsDbContext, Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            if (await condition(scope.ServiceProvider.GetRequiredService<RecordsDbContext>()))
            {
                return;
            }
            await Task.Delay(100);
        }
        Assert.Fail("The call records did not get there within 30 s.");
    }
}
