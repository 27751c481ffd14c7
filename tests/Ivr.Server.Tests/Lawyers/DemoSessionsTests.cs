using Ivr.PhoneSim.Modes;
using Ivr.PhoneSim.Parties;
using Ivr.PhoneSim.Traffic;
using Ivr.Server.Authorization;
using Ivr.Server.Data;
using Ivr.Server.Lawyers;
using Ivr.Server.Tests.EndToEnd;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Ivr.Server.Tests.Lawyers.LawyerSessionScene;

namespace Ivr.Server.Tests.Lawyers;

/// <summary>
/// The demo's lawyer sessions (the phone simulator's demo mode): the demo lawyers put on the roster through the API, a
/// Vietnamese virtual counselor's account books a session on its caller's call as the softphone's form does, and at the
/// slot the server runs it with the demo's phones: a virtual interpreter, the lawyer's phone, the caller's.
/// </summary>
public sealed class DemoSessionsTests
{
    private const string OperationsEmail = "operations@demo.example.org";
    private const string Password = "Correct-horse-42";

    [Test]
    public async Task Demo_BooksAnInterpretedSessionOnAVirtualCounselorsCall_AndTheServerRunsItWithTheDemoPhones()
    {
        await using var center = await SimulatedCenter.StartAsync(Settings, kestrel: true);
        await CreateOperationsAccountAsync(center);
        // Two Vietnamese virtual counselors who always answer and talk long: the first books, the other interprets.
        var options = new TrafficOptions { DeclineShare = 0, NoAnswerShare = 0, MinTalkSeconds = 3600 };
        var counselors = new[] { "counselor-1", "counselor-2" }
            .Select((id, i) => new VirtualCounselor("client:" + id, ["ko", "vi"], 3 - i, options, new TrafficMetrics(), new Random(i))).ToList();
        foreach (var counselor in counselors)
        {
            center.Twilio.Parties.Register(counselor.Identity, counselor);
        }
        await new ServerSeeder(center.Server.KestrelAddress!, OperationsEmail, Password).SeedAsync(counselors, openAllHours: false, CancellationToken.None);
        var demo = new DemoSessions(center.Server.KestrelAddress!, center.Twilio, OperationsEmail, Password, center.Server.Services.GetRequiredService<TimeProvider>());
        using var stop = new CancellationTokenSource();
        var running = demo.RunAsync(counselors, stop.Token);

        // A Vietnamese caller (4*) is answered by the booking counselor, who books on the call.
        const string caller = "+84901234567";
        center.Twilio.PlaceIncomingCall(caller, new ScriptedParty(["4*"]));
        await center.EventuallyAsync(() => Task.FromResult(demo.Lines.Count == 1), "the demo booked a session");
        await stop.CancelAsync();
        await running;
        Assert.That(demo.Lines[0], Does.StartWith("booked: ").And.Contain("vi caller with Kim Do-hyun (demo), with an interpreter"));

        LawyerBooking booking;
        await using (var scope = center.Server.Services.CreateAsyncScope())
        {
            booking = await scope.ServiceProvider.GetRequiredService<LawyersDbContext>().Bookings.AsNoTracking().SingleAsync();
        }
        Assert.That((booking.Language, booking.NeedsInterpreter, booking.BookedBy, booking.State), Is.EqualTo(("vi", true, "counselor-1", BookingStates.Booked)));

        await MoveToAsync(center, booking.StartsAt.AddMinutes(-1));
        await MoveToAsync(center, booking.StartsAt.AddSeconds(1));
        await center.EventuallyAsync(async () => (await BookingAsync(center, booking.Id)).CallerJoinedAt is not null, "the caller joined the session");
        booking = await BookingAsync(center, booking.Id);
        Assert.That(booking.InterpreterId, Is.EqualTo("counselor-2"), "the booking counselor is still on its call");
        var conference = center.Twilio.Conferences.All.Single(c => c.FriendlyName == "ivr-" + LawyerSessions.ReservationId(booking.Id));
        Assert.That(conference.Participants.Select(p => p.CallSid), Is.EquivalentTo(new[] { booking.InterpreterCallSid, booking.LawyerCallSid, booking.CallerCallSid }));
        Assert.That(center.Twilio.Calls.All.Single(call => call.Sid == booking.CallerCallSid).To, Is.EqualTo(caller), "the caller's phone answered the session");
    }

    private static async Task CreateOperationsAccountAsync(SimulatedCenter center)
    {
        await using var scope = center.Server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IvrUser>>();
        var user = new IvrUser { UserName = OperationsEmail, Email = OperationsEmail, EmailConfirmed = true };
        Assert.That((await users.CreateAsync(user, Password)).Succeeded, Is.True);
        Assert.That((await users.AddToRoleAsync(user, Roles.Operations)).Succeeded, Is.True);
    }
}
