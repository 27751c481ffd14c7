using Ivr.PhoneSim.Parties;
using Ivr.Server.FollowUps;
using Ivr.Server.Lawyers;
using Ivr.Server.Tests.EndToEnd;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.Lawyers;

/// <summary>
/// The scene of the lawyer session tests: the clock on Monday 30 November 2026, 10:00 in Seoul; Kim (who needs an
/// interpreter for Vietnamese) booked for a Vietnamese caller on Tuesday 14:00-15:00; the lawyer's and the caller's
/// virtual phones; the runner's pass after moving the clock.
/// </summary>
internal static class LawyerSessionScene
{
    public const string CenterNumber = "+8221345000";
    public const string LawyerNumber = "+821055550001";
    public const string CallerNumber = "+821012345678";
    // The scene's clock is Monday 30 November 2026, 10:00 in Seoul; Kim's slot is Tuesday 14:00-15:00 (05:00-06:00 UTC).
    public static readonly DateTimeOffset TuesdayTwo = new(2026, 12, 1, 5, 0, 0, TimeSpan.Zero);

    public static readonly Dictionary<string, string?> Settings = new()
    {
        ["CallControl:CenterNumber"] = CenterNumber,
        ["Lawyers:RingSeconds"] = "5",
        ["Lawyers:RetryGap"] = "00:00:01",
        ["Lawyers:Retries"] = "1",
        ["Lawyers:SessionInterval"] = "00:00:01",
    };

    /// <summary>Moves the scene's clock to <paramref name="at"/> and runs a pass of the runner (its job runs every second too).</summary>
    public static async Task MoveToAsync(SimulatedCenter center, DateTimeOffset at)
    {
        var clock = (ShiftedTimeProvider)center.Server.Services.GetRequiredService<TimeProvider>();
        clock.Advance(at - clock.GetUtcNow());
        await center.Server.Services.GetRequiredService<SessionRunnerJob>().PassAsync(CancellationToken.None);
    }

    /// <summary>Kim's phone answers as <paramref name="lawyer"/> does, the caller's answers; a session booked with Kim in <paramref name="language"/>.</summary>
    public static async Task<Guid> BookWithPhonesAsync(SimulatedCenter center, IParty lawyer, string language = "vi")
    {
        center.Twilio.Parties.Register(LawyerNumber, lawyer);
        center.Twilio.Parties.Register(CallerNumber, CalledParty.Answers());
        return await BookAsync(center, await center.Server.CreateLawyerAsync(LawyerDesk.Kim), language);
    }

    /// <summary>A Vietnamese caller's session with Kim at Tuesday 14:00 (as the booking API would write it: the number protected, the caller's and the lawyer's SMS sent).</summary>
    public static async Task<Guid> BookAsync(SimulatedCenter center, Guid lawyerId, string language = "vi")
    {
        await using var scope = center.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LawyersDbContext>();
        var booking = new LawyerBooking
        {
            Id = Guid.NewGuid(),
            LawyerId = lawyerId,
            StartsAt = TuesdayTwo,
            EndsAt = TuesdayTwo.AddHours(1),
            Language = language,
            Topic = "labour",
            NeedsInterpreter = !LawyerDesk.Kim.Languages!.Contains(language),
            CallSid = "CA" + Guid.NewGuid().ToString("N"),
            CallerProtected = scope.ServiceProvider.GetRequiredService<CallerNumbers>().Protect(CallerNumber),
            BookedBy = "c-vi",
            BookedAt = center.Server.Services.GetRequiredService<TimeProvider>().GetUtcNow(),
            ConfirmedAt = center.Server.Services.GetRequiredService<TimeProvider>().GetUtcNow(),
            RemindedAt = center.Server.Services.GetRequiredService<TimeProvider>().GetUtcNow(),
            LawyerToldId = lawyerId,
            LawyerToldStartsAt = TuesdayTwo,
        };
        db.Bookings.Add(booking);
        await db.SaveChangesAsync();
        return booking.Id;
    }

    public static async Task<LawyerBooking> BookingAsync(SimulatedCenter center, Guid id)
    {
        await using var scope = center.Server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LawyersDbContext>().Bookings.AsNoTracking().SingleAsync(row => row.Id == id);
    }
}
