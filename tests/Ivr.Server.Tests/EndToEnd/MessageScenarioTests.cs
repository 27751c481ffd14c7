using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ivr.Acd.Events;
using Ivr.PhoneSim.Parties;
using Ivr.Server.CallRecords;
using Ivr.Server.FollowUps;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.EndToEnd;

/// <summary>
/// A Vietnamese caller after hours leaves a message with the phone simulator as Twilio, on the real Redis and
/// PostgreSQL: the recording becomes a task in Vietnamese, which a Vietnamese counselor lists, plays and closes.
/// </summary>
public sealed class MessageScenarioTests
{
    [Test]
    public async Task VietnameseAfterHours_MessageBecomesATaskThatIsPlayedAndClosed()
    {
        // Monday 19:00 in Seoul: Vietnamese closed at 18:00 (Korean, English and Mandarin still open).
        var evening = new ShiftedTimeProvider(new DateTimeOffset(2026, 11, 30, 19, 0, 0, TimeSpan.FromHours(9)));
        await using var center = await SimulatedCenter.StartAsync(services: services => services.AddSingleton<TimeProvider>(evening));

        var caller = center.Twilio.PlaceIncomingCall("+821098765432",
            new ScriptedParty(["4*", "3"], record: new RecordInput(TimeSpan.FromSeconds(12), HangUp: true)));
        FollowUpTask? task = null;
        await center.EventuallyAsync(async () => (task = await TaskOfAsync(center, caller.Sid)) is not null, "the message became a task");

        Assert.That(task!.Language, Is.EqualTo("vi"));
        Assert.That(task.RecordingSeconds, Is.EqualTo(12));
        Assert.That(task.RecordingSid, Is.EqualTo(center.Twilio.Recordings.All.Single(recording => recording.CallSid == caller.Sid).Sid));
        await center.EventuallyAsync(() => Task.FromResult(caller.IsEnded), "the caller hung up after speaking");

        var counselor = await Softphone.SignInAsync(center, "c-vi", "vi");
        var listed = (await counselor.Http.GetFromJsonAsync<List<FollowUpView>>("/api/counselor/followups"))!;
        Assert.That(listed.Select(view => view.Id), Is.EqualTo(new[] { task.Id }));

        var audio = await counselor.Http.GetAsync($"/api/counselor/followups/{task.Id}/recording");
        var bytes = await audio.Content.ReadAsByteArrayAsync();
        Assert.That(audio.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(bytes[..4], Is.EqualTo("RIFF"u8.ToArray()), "the simulator's WAV, through the server");
        Assert.That(bytes, Has.Length.EqualTo(44 + 12 * 8000 * 2), "twelve seconds of 8 kHz 16-bit audio");

        (await counselor.Http.PostAsync($"/api/counselor/followups/{task.Id}/claim", null)).EnsureSuccessStatusCode();
        (await counselor.Http.PostAsJsonAsync($"/api/counselor/followups/{task.Id}/done", new FollowUpDoneRequest(FollowUpDispositions.CalledBack, null)))
            .EnsureSuccessStatusCode();
        Assert.That(await counselor.Http.GetFromJsonAsync<List<FollowUpView>>("/api/counselor/followups"), Is.Empty);

        // The call records see the message: its event reaches them through the outbox, by language for reports.
        await center.EventuallyAsync(async () => await MessageEventLanguageAsync(center, caller.Sid) == "vi", "the records store call.message-left");
    }

    private static async Task<FollowUpTask?> TaskOfAsync(SimulatedCenter center, string callSid)
    {
        await using var scope = center.Server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FollowUpsDbContext>().Tasks.AsNoTracking().SingleOrDefaultAsync(task => task.CallSid == callSid);
    }

    private static async Task<string?> MessageEventLanguageAsync(SimulatedCenter center, string callSid)
    {
        await using var scope = center.Server.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<RecordsDbContext>().CallEvents.AsNoTracking()
            .SingleOrDefaultAsync(row => row.CallSid == callSid && row.Type == CallEventTypes.MessageLeft);
        return stored is null ? null : JsonDocument.Parse(stored.Fields).RootElement.GetProperty("language").GetString();
    }
}
