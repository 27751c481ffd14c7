using System.Net;
using Ivr.Acd.Events;
using Ivr.Server.CallRecords.Privacy;
using Ivr.Server.FollowUps;
using Ivr.Server.Tests.Ivr;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Ivr.Server.Tests.Ivr.IvrTestServer;

namespace Ivr.Server.Tests.FollowUps;

/// <summary>A message's recording status callback (signed, as Twilio sends it) becomes one follow-up task, or none.</summary>
public sealed class MessageIntakeTests
{
    private const string CallerNumber = "+821012345678";
    private IvrTestServer server = null!;

    [OneTimeSetUp]
    public async Task Start() => server = await IvrTestServer.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await server.DisposeAsync();

    private string Protected(string number) => server.Factory.Services.GetRequiredService<CallerNumbers>().Protect(number)!;

    private static string NewRecordingSid() => "RE" + Guid.NewGuid().ToString("N");

    private Task<HttpResponseMessage> StatusAsync(string callSid, string recordingSid, string status, string language = "vi", string? caller = null,
        params (string Name, string Value)[] extra) =>
        server.PostAsync($"/twilio/voice/message/recording?language={language}&caller={caller ?? Protected(CallerNumber)}",
            Call(callSid, [("RecordingSid", recordingSid), ("RecordingStatus", status), ("RecordingDuration", "17"), ("RecordingChannels", "1"),
                ("RecordingSource", "RecordVerb"), .. extra]));

    private async Task<List<FollowUpTask>> TasksOfAsync(string callSid)
    {
        await using var scope = server.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FollowUpsDbContext>().Tasks.AsNoTracking().Where(task => task.CallSid == callSid).ToListAsync();
    }

    [Test]
    public async Task Completed_RepeatedByTwilio_MakesOneTaskInTheCallersLanguage()
    {
        var (callSid, recordingSid) = (NewCallSid(), NewRecordingSid());

        var first = await StatusAsync(callSid, recordingSid, "completed");
        var again = await StatusAsync(callSid, recordingSid, "completed");

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var task = (await TasksOfAsync(callSid)).Single();
        Assert.That(task.Kind, Is.EqualTo(FollowUpKinds.Message));
        Assert.That(task.Language, Is.EqualTo("vi"));
        Assert.That(task.RecordingSid, Is.EqualTo(recordingSid));
        Assert.That(task.RecordingSeconds, Is.EqualTo(17));
        Assert.That(task.State, Is.EqualTo(FollowUpStates.Open));
        Assert.That(task.CreatedAt, Is.EqualTo(server.Clock.GetUtcNow()));
    }

    [Test]
    public async Task Completed_KeepsTheNumberOnlyProtectedAndAsTheRecordsHash()
    {
        var callSid = NewCallSid();

        await StatusAsync(callSid, NewRecordingSid(), "completed");

        var task = (await TasksOfAsync(callSid)).Single();
        Assert.That(task.CallerProtected, Does.Not.Contain("1012345678"));
        Assert.That(server.Factory.Services.GetRequiredService<CallerNumbers>().Unprotect(task.CallerProtected), Is.EqualTo(CallerNumber));
        Assert.That(task.CallerHash, Is.EqualTo(server.Factory.Services.GetRequiredService<CallerProtector>().Hash("010-1234-5678")),
            "the call records' keyed hash, so a message links to the caller's calls");
    }

    [Test]
    public async Task Completed_AppendsMessageLeftForTheCallRecordsOnce()
    {
        var (callSid, recordingSid) = (NewCallSid(), NewRecordingSid());

        await StatusAsync(callSid, recordingSid, "completed");
        await StatusAsync(callSid, recordingSid, "completed");

        var task = (await TasksOfAsync(callSid)).Single();
        var events = (await server.EventsAsync(callSid)).Where(e => e.Type == CallEventTypes.MessageLeft).ToList();
        Assert.That(events.Select(e => e.EventId).Distinct().Single(), Is.EqualTo($"{callSid}:message:{recordingSid}"), "a repeat carries the same event id: stored once");
        Assert.That(events[0].Fields["language"], Is.EqualTo("vi"));
        Assert.That(events[0].Fields["task"], Is.EqualTo(task.Id.ToString()));
    }

    [TestCase("absent")]
    [TestCase("failed")]
    [TestCase("in-progress")]
    public async Task NotCompleted_MakesNoTask(string status)
    {
        var callSid = NewCallSid();

        var response = await StatusAsync(callSid, NewRecordingSid(), status, extra: ("ErrorCode", "16101"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(await TasksOfAsync(callSid), Is.Empty);
    }

    [Test]
    public async Task Completed_WithATamperedNumber_KeepsTheTaskWithoutIt()
    {
        var callSid = NewCallSid();

        await StatusAsync(callSid, NewRecordingSid(), "completed", caller: "not-protected-by-us");

        var task = (await TasksOfAsync(callSid)).Single();
        Assert.That(task.CallerProtected, Is.Null);
        Assert.That(task.CallerHash, Is.Null);
    }

    [Test]
    public async Task Unsigned_IsRefused()
    {
        var response = await server.Client.PostAsync("/twilio/voice/message/recording?language=vi",
            new FormUrlEncodedContent(Call(NewCallSid(), ("RecordingSid", NewRecordingSid()), ("RecordingStatus", "completed"))));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [TestCase("vi", "RE12", "RecordingSid is malformed.")]
    [TestCase("vi", "CA0123456789abcdef0123456789abcdef", "RecordingSid is malformed.")]
    [TestCase("x y", null, "The language query parameter is missing or malformed.")]
    public async Task Malformed_Is400(string language, string? recordingSid, string problem)
    {
        var response = await StatusAsync(NewCallSid(), recordingSid ?? NewRecordingSid(), "completed", Uri.EscapeDataString(language));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(problem));
    }
}
