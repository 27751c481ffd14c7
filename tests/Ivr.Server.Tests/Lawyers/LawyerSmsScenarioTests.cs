using System.Net;
using System.Net.Http.Json;
using Ivr.Server.Lawyers;
using Ivr.Server.Tests.EndToEnd;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.Lawyers;

/// <summary>
/// End to end with the phone simulator as Twilio: a Chinese caller's counselor books a session on the call; the
/// caller's phone receives the confirmation in Chinese from the center's number, delivered; the day before, one
/// reminder however many passes run at once; a cancelled session is announced and never reminded.
/// </summary>
public sealed class LawyerSmsScenarioTests
{
    private const string CallerNumber = "+821012345678";
    // The scene's clock is Monday 30 November 2026, 10:00 in Seoul; Kim's next slot is Tuesday 14:00 (05:00 UTC).
    private static readonly DateTimeOffset TuesdayTwo = new(2026, 12, 1, 5, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset TuesdayTwoInSeoul = new(2026, 12, 1, 14, 0, 0, TimeSpan.FromHours(9));

    [Test]
    public async Task Booking_ConfirmsInTheCallersLanguage_RemindsOnceTheDayBefore_AndTellsOfACancellation()
    {
        var (scene, lawyer) = await LawyerDesk.SmsSceneAsync();
        await using var _ = scene;
        var center = scene.Center;

        var booking = await scene.BookOnTheCallAsync(lawyer, TuesdayTwo, "Employer kept the passport.");

        await center.EventuallyAsync(() => Task.FromResult(center.Twilio.Messages.Inbox(CallerNumber).Count == 1), "the caller's phone has the confirmation");
        var confirmation = center.Twilio.Messages.Inbox(CallerNumber)[0];
        Assert.That(confirmation.From, Is.EqualTo(InCallScene.CenterNumber));
        Assert.That(confirmation.Body, Is.EqualTo(LawyerTexts.For("zh", LawyerTexts.Kind.Confirmation, TuesdayTwoInSeoul)));
        Assert.That(confirmation.Body, Does.Contain("2026-12-01 14:00").And.Contain("律师"));
        await center.EventuallyAsync(async () => await StatusAsync(center, confirmation.Sid) == "delivered", "Twilio's status callbacks reach the message");

        // A second session, at 15:00, booked and cancelled: confirmed, then the caller is told, and never reminded.
        var second = await scene.BookOnTheCallAsync(lawyer, TuesdayTwo.AddHours(1));
        await center.EventuallyAsync(() => Task.FromResult(center.Twilio.Messages.Inbox(CallerNumber).Count == 2), "the second confirmation");
        var cancelled = await scene.Counselor.Http.PostAsync($"/api/counselor/lawyer-bookings/{second.Id}/cancel", null);
        Assert.That(cancelled.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await center.EventuallyAsync(() => Task.FromResult(center.Twilio.Messages.Inbox(CallerNumber).Count == 3), "the cancellation");

        // Monday 15:00 in Seoul: within a day of the sessions. The job runs every second; three more passes race it.
        ((ShiftedTimeProvider)center.Server.Services.GetRequiredService<TimeProvider>()).Advance(TimeSpan.FromHours(5));
        var texts = center.Server.Services.GetRequiredService<BookingTexts>();
        await Task.WhenAll(texts.SendDueAsync(CancellationToken.None), texts.SendDueAsync(CancellationToken.None));
        await center.EventuallyAsync(() => Task.FromResult(center.Twilio.Messages.Inbox(CallerNumber).Count >= 4), "the caller's phone has the reminder");
        await texts.SendDueAsync(CancellationToken.None);

        var inbox = center.Twilio.Messages.Inbox(CallerNumber);
        var threeInSeoul = TuesdayTwoInSeoul.AddHours(1);
        Assert.That(inbox.Select(message => message.Body), Is.EqualTo(new[]
        {
            LawyerTexts.For("zh", LawyerTexts.Kind.Confirmation, TuesdayTwoInSeoul),
            LawyerTexts.For("zh", LawyerTexts.Kind.Confirmation, threeInSeoul),
            LawyerTexts.For("zh", LawyerTexts.Kind.Cancellation, threeInSeoul),
            LawyerTexts.For("zh", LawyerTexts.Kind.Reminder, TuesdayTwoInSeoul),
        }), "one reminder, of the session still booked, whatever the number of passes");
        await using var scope = center.Server.Services.CreateAsyncScope();
        var kinds = await scope.ServiceProvider.GetRequiredService<LawyersDbContext>().Messages.AsNoTracking()
            .Where(message => message.BookingId == booking.Id && !message.Kind.StartsWith("lawyer-")).OrderBy(message => message.CreatedAt).Select(message => message.Kind).ToListAsync();
        Assert.That(kinds, Is.EqualTo(new[] { "confirmation", "reminder" }), "the caller's (the lawyer's: LawyerNoticesTests)");
    }

    private static async Task<string?> StatusAsync(SimulatedCenter center, string sid)
    {
        await using var scope = center.Server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LawyersDbContext>().Messages.AsNoTracking()
            .Where(message => message.Sid == sid).Select(message => message.Status).SingleOrDefaultAsync();
    }
}
