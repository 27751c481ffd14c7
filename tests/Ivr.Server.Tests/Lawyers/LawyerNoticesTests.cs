using System.Net;
using System.Net.Http.Json;
using Ivr.Server.Lawyers;
using Ivr.Server.Tests.EndToEnd;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Ivr.Server.Tests.Lawyers.LawyerSessionScene;
using Request = Twilio.Http.Request;

namespace Ivr.Server.Tests.Lawyers;

/// <summary>
/// The lawyer's SMS, in Korean at the roster's number: the phone simulator's Kim receives the confirmation of a session
/// booked with them, the cancellation of the old time and the confirmation of the new one when it moves, and the
/// cancellation, once each however many passes of the SMS job run; with Twilio refusing the lawyer's text (Moq of the
/// REST boundary), the booking stands and the job sends the confirmation once later.
/// </summary>
public sealed class LawyerNoticesTests
{
    // The scene's clock is Monday 30 November 2026, 10:00 in Seoul; Kim's slots are Tuesday 14:00 and 15:00 (LawyerSessionScene.TuesdayTwo, UTC).
    private static readonly DateTimeOffset TwoInSeoul = new(2026, 12, 1, 14, 0, 0, TimeSpan.FromHours(9));

    [Test]
    public async Task Lawyer_ToldInKoreanOfTheBooking_TheMoveAndTheCancellation_OnceEach()
    {
        var (scene, lawyer) = await LawyerDesk.SmsSceneAsync();
        await using var _ = scene;
        var center = scene.Center;

        var booking = await scene.BookOnTheCallAsync(lawyer, TuesdayTwo, "Employer kept the passport.");
        await center.EventuallyAsync(() => Task.FromResult(center.Twilio.Messages.Inbox(LawyerNumber).Count == 1), "Kim's phone has the confirmation");
        var confirmation = center.Twilio.Messages.Inbox(LawyerNumber)[0];
        Assert.That((confirmation.From, confirmation.Body), Is.EqualTo((InCallScene.CenterNumber, LawyerNotices.Confirmation(TwoInSeoul, "zh", "labour", interpreted: true))));
        Assert.That(confirmation.Body, Does.Contain("2026-12-01 14:00").And.Contain("상담사 통역"));
        Assert.That(confirmation.Body, Does.Not.Contain("+8210"), "never the caller's number");

        var moved = await scene.Counselor.Http.PostAsJsonAsync($"/api/counselor/lawyer-bookings/{booking.Id}/reschedule", new RescheduleRequest(TuesdayTwo.AddHours(1)));
        Assert.That(moved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await moved.Content.ReadAsStringAsync());
        await center.EventuallyAsync(() => Task.FromResult(center.Twilio.Messages.Inbox(LawyerNumber).Count == 3), "the old time cancelled, the new one confirmed");
        var cancelled = await scene.Counselor.Http.PostAsync($"/api/counselor/lawyer-bookings/{booking.Id}/cancel", null);
        Assert.That(cancelled.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await center.EventuallyAsync(() => Task.FromResult(center.Twilio.Messages.Inbox(LawyerNumber).Count == 4), "the cancellation");

        // The job runs every second; two more passes race it: nothing is owed any more.
        var notices = center.Server.Services.GetRequiredService<LawyerNotices>();
        var owed = await Task.WhenAll(notices.SendDueAsync(CancellationToken.None), notices.SendDueAsync(CancellationToken.None));
        Assert.That(owed, Is.EqualTo(new[] { 0, 0 }));
        Assert.That(center.Twilio.Messages.Inbox(LawyerNumber).Select(message => message.Body), Is.EqualTo(new[]
        {
            LawyerNotices.Confirmation(TwoInSeoul, "zh", "labour", interpreted: true),
            LawyerNotices.Cancellation(TwoInSeoul),
            LawyerNotices.Confirmation(TwoInSeoul.AddHours(1), "zh", "labour", interpreted: true),
            LawyerNotices.Cancellation(TwoInSeoul.AddHours(1)),
        }));
        await using var scope = center.Server.Services.CreateAsyncScope();
        var kinds = await scope.ServiceProvider.GetRequiredService<LawyersDbContext>().Messages.AsNoTracking()
            .Where(message => message.BookingId == booking.Id && message.Kind.StartsWith("lawyer-")).OrderBy(message => message.CreatedAt).Select(message => message.Kind).ToListAsync();
        Assert.That(kinds, Is.EqualTo(new[] { "lawyer-confirm", "lawyer-cancel", "lawyer-confirm", "lawyer-cancel" }));
        await center.EventuallyAsync(async () => await scope.ServiceProvider.GetRequiredService<LawyersDbContext>().Messages.AsNoTracking()
            .Where(message => message.BookingId == booking.Id && message.Kind.StartsWith("lawyer-")).AllAsync(message => message.Status == "delivered"),
            "Twilio's status callbacks reach the lawyer's messages");
    }

    [Test]
    public async Task TwilioRefusesTheLawyersText_BookingStands_TheJobSendsTheConfirmationOnce()
    {
        var refuse = true;
        var twilio = new TwilioMock().Answering(request => refuse && IsTextTo(request, LawyerNumber)
            ? throw new Twilio.Exceptions.ApiException(20503, 503, "Service unavailable", "https://www.twilio.com/docs/errors/20503")
            : LawyerDesk.Answer(request, "+821012345678"));
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 1, 0, 0, TimeSpan.Zero));
        await using var server = await IvrServerFactory.StartAsync(replaceServices: services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.AddSingleton(twilio.Client.Object);
        });
        var kim = await server.CreateLawyerAsync(LawyerDesk.Kim);
        var counselor = await server.CreateLinkedCounselorAsync("c-notice", "vi");
        var callSid = $"CA{Guid.NewGuid():N}";
        await server.OnCallAsync(counselor, "c-notice", callSid, "vi");

        var booked = await counselor.PostAsJsonAsync("/api/counselor/lawyer-bookings", new BookingRequest(callSid, kim, TuesdayTwo, "vi", "labour", null));

        Assert.That(booked.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the booking stands though Twilio refused the lawyer's text");
        Assert.That(twilio.Requests.Count(request => IsTextTo(request, LawyerNumber)), Is.EqualTo(1), "tried once");
        refuse = false;
        var notices = server.Services.GetRequiredService<LawyerNotices>();
        var sent = await Task.WhenAll(notices.SendDueAsync(CancellationToken.None), notices.SendDueAsync(CancellationToken.None));
        await notices.SendDueAsync(CancellationToken.None);

        Assert.That(sent.Sum(), Is.EqualTo(1));
        var texts = twilio.Requests.Where(request => IsTextTo(request, LawyerNumber)).ToList();
        Assert.That(texts, Has.Count.EqualTo(2), "the refused try, then one confirmation");
        Assert.That(texts[1].PostParams.Single(param => param.Key == "Body").Value, Is.EqualTo(LawyerNotices.Confirmation(TwoInSeoul, "vi", "labour", interpreted: true)));
    }

    private static bool IsTextTo(Request request, string number) =>
        request.ConstructUrl().AbsolutePath.EndsWith("Messages.json", StringComparison.Ordinal) && request.PostParams.Any(param => param.Key == "To" && param.Value == number);
}
