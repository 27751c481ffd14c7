using System.Net;
using System.Net.Http.Json;
using Ivr.PhoneSim.Parties;
using Ivr.Server.Authorization;
using Ivr.Server.Lawyers;
using Ivr.Server.Staffing;
using Ivr.Server.Tests.EndToEnd;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Ivr.Server.Tests.Lawyers.LawyerSessionScene;

namespace Ivr.Server.Tests.Lawyers;

/// <summary>
/// The console's list of the day's sessions (<c>GET /api/lawyers/sessions</c>, supervisors and operations staff): Kim's
/// Vietnamese session on Tuesday, booked with its interpreter held at 13:46, then running with the interpreter, Kim
/// and the caller joined at 14:00; never the caller's number; counselors 403, a malformed day 400.
/// </summary>
public sealed class LawyerSessionBoardTests
{
    [Test]
    public async Task Board_ShowsTheDaysSession_HeldThenRunning_WithItsParties_NeverTheCallersNumber()
    {
        await using var center = await SimulatedCenter.StartAsync(Settings);
        await EndToEnd.Softphone.SignInAsync(center, "c-vi", "vi");
        var id = await BookWithPhonesAsync(center, CalledParty.Answers());
        string counselorName;
        await using (var scope = center.Server.Services.CreateAsyncScope())
        {
            counselorName = await scope.ServiceProvider.GetRequiredService<StaffingDbContext>().Counselors.Where(counselor => counselor.Id == "c-vi")
                .Select(counselor => counselor.DisplayName).SingleAsync();
        }

        await MoveToAsync(center, TuesdayTwo.AddMinutes(-14));
        var held = (await BoardAsync(center, Roles.Supervisor)).Sessions.Single();
        Assert.That((held.Id, held.State, held.Lawyer, held.Language, held.InterpreterId, held.Interpreter, held.InterpreterHeld),
            Is.EqualTo((id, BookingStates.Booked, LawyerDesk.Kim.Name, "vi", "c-vi", counselorName, true)));

        await MoveToAsync(center, TuesdayTwo.AddSeconds(1));
        await center.EventuallyAsync(async () => (await BookingAsync(center, id)).CallerJoinedAt is not null, "the caller joined the session");
        var operations = await center.Server.CreateSignedInClientAsync(Roles.Operations);
        var response = await operations.GetAsync("/api/lawyers/sessions");
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        Assert.That(body, Does.Not.Contain("12345678"), "never the caller's number");
        var board = (await response.Content.ReadFromJsonAsync<SessionBoardDay>())!;
        var running = board.Sessions.Single();
        Assert.That(board.Day, Is.EqualTo(new DateOnly(2026, 12, 1)), "today in Seoul");
        Assert.That((running.State, running.InterpreterHeld, running.InterpreterJoined, running.LawyerJoined, running.CallerJoined, running.LawyerAttempts, running.CallerAttempts),
            Is.EqualTo((BookingStates.Running, false, true, true, true, 1, 1)));
    }

    [Test]
    public async Task Board_OnlyForSupervisorsAndOperations_AMalformedDayIs400_AnotherDayIsEmpty()
    {
        await using var center = await SimulatedCenter.StartAsync(Settings);
        await BookAsync(center, await center.Server.CreateLawyerAsync(LawyerDesk.Kim));

        var counselor = await center.Server.CreateSignedInClientAsync(Roles.Counselor);
        Assert.That((await counselor.GetAsync("/api/lawyers/sessions")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        var supervisor = await center.Server.CreateSignedInClientAsync(Roles.Supervisor);
        Assert.That((await supervisor.GetAsync("/api/lawyers/sessions?day=1-12-2026")).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await supervisor.GetFromJsonAsync<SessionBoardDay>("/api/lawyers/sessions?day=2026-12-01"))!.Sessions, Has.Count.EqualTo(1));
        Assert.That((await supervisor.GetFromJsonAsync<SessionBoardDay>("/api/lawyers/sessions?day=2026-12-02"))!.Sessions, Is.Empty);
        Assert.That((await supervisor.GetFromJsonAsync<SessionBoardDay>("/api/lawyers/sessions"))!.Sessions, Is.Empty, "today (Monday) has none");
    }

    private static async Task<SessionBoardDay> BoardAsync(SimulatedCenter center, string role) =>
        (await (await center.Server.CreateSignedInClientAsync(role)).GetFromJsonAsync<SessionBoardDay>("/api/lawyers/sessions"))!;
}
