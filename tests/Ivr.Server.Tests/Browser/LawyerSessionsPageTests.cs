using Ivr.Server.Authorization;
using Ivr.Server.FollowUps;
using Ivr.Server.Lawyers;
using Ivr.Server.Tests.Lawyers;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Ivr.Server.Tests.Browser;

/// <summary>
/// The console's lawyer sessions page in headless Chromium (the center's clock: Monday 10:00 in Seoul): a Vietnamese
/// session running since 09:30 with its interpreter and Kim joined and the caller to be called again, and an English
/// one booked at 14:00 that Kim takes directly; never the caller's number; axe finds nothing in either language.
/// </summary>
public sealed class LawyerSessionsPageTests
{
    private const string CallerNumber = "+821012345678";
    // Monday 30 November 2026 in Seoul (UTC+9).
    private static readonly DateTimeOffset MondayHalfPastNine = new(2026, 11, 30, 0, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset MondayTwo = new(2026, 11, 30, 5, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task SessionsPage_ListsTodaysSessions_WithStateAndParties_NeverTheCallersNumber()
    {
        await using var center = await SoftphoneCenter.StartAsync();
        await center.CreateCounselorAsync("c-vi", "vi");
        var kim = await center.Server.CreateLawyerAsync(LawyerDesk.Kim);
        var running = await AddAsync(center, kim, MondayHalfPastNine, "vi", booking =>
        {
            booking.State = BookingStates.Running;
            booking.InterpreterId = "c-vi";
            booking.InterpreterCallSid = "CA" + Guid.NewGuid().ToString("N");
            booking.LawyerCallSid = "CA" + Guid.NewGuid().ToString("N");
            booking.LawyerAttempts = 1;
            booking.CallerAttempts = 1;
            booking.RetryAt = MondayHalfPastNine.AddMinutes(35);
        });
        var booked = await AddAsync(center, kim, MondayTwo, "en", _ => { });
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        var shots = new Screenshots(page);

        await page.OpenSignedInAsync(center, Roles.Supervisor, "/console/lawyers/");
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-ready", "true");

        var first = page.Locator($"#session-rows tr[data-session='{running}']");
        await Expect(first.Locator("[data-field='state']")).ToHaveTextAsync("Running");
        await Expect(first.Locator("[data-field='interpreter']")).ToHaveTextAsync("c-vi, joined");
        await Expect(first.Locator("[data-field='lawyer']")).ToHaveTextAsync($"{LawyerDesk.Kim.Name} (joined)");
        await Expect(first.Locator("[data-field='caller']")).ToHaveTextAsync("Language: vi (1 call(s), retry at 10:05)");
        var second = page.Locator($"#session-rows tr[data-session='{booked}']");
        await Expect(second.Locator("[data-field='state']")).ToHaveTextAsync("Booked");
        await Expect(second.Locator("[data-field='interpreter']")).ToHaveTextAsync("None (the lawyer speaks it)");
        await Expect(second).ToContainTextAsync("14:00");
        await Expect(page.Locator("#session-rows tr")).ToHaveCountAsync(2);
        Assert.That(await page.ContentAsync(), Does.Not.Contain("12345678"), "never the caller's number");
        await shots.TakeAsync("lawyer-sessions");
        await page.AssertAccessibleAsync("lawyer sessions");
        await page.ClickAsync("#language");
        await Expect(page.Locator("#sessions-heading")).ToHaveTextAsync("오늘의 변호사 상담");
        await Expect(first.Locator("[data-field='state']")).ToHaveTextAsync("진행 중");
        await page.AssertAccessibleAsync("lawyer sessions in Korean");
    }

    // A session written as the booking API and the runner would leave it (the number protected).
    private static async Task<Guid> AddAsync(EndToEnd.SimulatedCenter center, Guid lawyer, DateTimeOffset at, string language, Action<LawyerBooking> change)
    {
        await using var scope = center.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LawyersDbContext>();
        var booking = new LawyerBooking
        {
            Id = Guid.NewGuid(), LawyerId = lawyer, StartsAt = at, EndsAt = at.AddHours(1), Language = language, Topic = "labour",
            NeedsInterpreter = !LawyerDesk.Kim.Languages!.Contains(language), CallSid = "CA" + Guid.NewGuid().ToString("N"),
            CallerProtected = scope.ServiceProvider.GetRequiredService<CallerNumbers>().Protect(CallerNumber), BookedBy = "c-vi", BookedAt = at.AddDays(-1),
        };
        change(booking);
        db.Bookings.Add(booking);
        await db.SaveChangesAsync();
        return booking.Id;
    }
}
