using System.Net;
using System.Net.Http.Json;
using Ivr.Server.Authorization;
using Ivr.Server.CallNotes;
using Ivr.Server.Data;
using Ivr.Server.FollowUps;
using Ivr.Server.Lawyers;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.Lawyers;

/// <summary>The roster and booking: operations keep lawyers; a counselor books a free slot on their own call, the number taken from the call and kept protected; never twice; cancel and move, audited.</summary>
public sealed class LawyerBookingTests
{
    // Monday 30 November 2026, 10:00 in Seoul: Kim's next slots are Tuesday 1 December, 14:00 and 15:00 (05:00 and 06:00 UTC).
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 30, 1, 0, 0, TimeSpan.Zero));
    private static readonly DateTimeOffset TuesdayTwo = new(2026, 12, 1, 5, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset TuesdayThree = TuesdayTwo.AddHours(1);
    private readonly TwilioMock twilio = new();
    private IvrServerFactory server = null!;
    private Guid kim;
    private int calls;

    [OneTimeSetUp]
    public async Task Start()
    {
        twilio.Answering(request => LawyerDesk.Answer(request, "+821012345678"));
        server = await IvrServerFactory.StartAsync(replaceServices: services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.AddSingleton(twilio.Client.Object);
        });
        kim = await server.CreateLawyerAsync(LawyerDesk.Kim);
    }

    [OneTimeTearDown]
    public async Task Stop() => await server.DisposeAsync();

    private async Task<(HttpClient Client, string CallSid)> CounselorOnCallAsync(string language = "vi")
    {
        var id = $"c-law-{Interlocked.Increment(ref calls)}";
        var client = await server.CreateLinkedCounselorAsync(id, language);
        var callSid = $"CA{Guid.NewGuid():N}";
        await server.OnCallAsync(client, id, callSid, language);
        return (client, callSid);
    }

    private static BookingRequest Booking(string callSid, Guid lawyer, DateTimeOffset at, string summary = "Unpaid wages for three months; employer refuses.") =>
        new(callSid, lawyer, at, "vi", "labour", summary);

    private async Task<Guid> NewLawyerAsync() => await server.CreateLawyerAsync(LawyerDesk.Kim with { Name = $"Lawyer {Guid.NewGuid():N}"[..20] });

    [Test]
    public async Task Roster_OnlyOperationsChangeIt_AndBadInputIs400()
    {
        var operations = await server.CreateSignedInClientAsync(Roles.Operations);
        var counselor = await server.CreateSignedInClientAsync(Roles.Counselor);

        var badPhone = await operations.PostAsJsonAsync("/api/lawyers", LawyerDesk.Kim with { Phone = "010-5555-0001" });
        var badSlot = await operations.PostAsJsonAsync("/api/lawyers", LawyerDesk.Kim with { Slots = [new LawyerSlot(DayOfWeek.Friday, new TimeOnly(15, 0), new TimeOnly(14, 0))] });
        var badLanguage = await operations.PostAsJsonAsync("/api/lawyers", LawyerDesk.Kim with { Languages = ["klingon"] });
        var byCounselor = await counselor.PostAsJsonAsync("/api/lawyers", LawyerDesk.Kim);
        var missing = await operations.PutAsJsonAsync($"/api/lawyers/{Guid.NewGuid()}", LawyerDesk.Kim);

        Assert.That(new[] { badPhone.StatusCode, badSlot.StatusCode, badLanguage.StatusCode }, Is.All.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await badPhone.Content.ReadAsStringAsync(), Does.Contain("phone"));
        Assert.That(byCounselor.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var roster = (await counselor.GetFromJsonAsync<List<LawyerView>>("/api/lawyers"))!;
        Assert.That(roster.Single(lawyer => lawyer.Id == kim).Slots, Has.Count.EqualTo(2), "counselors read the roster");
    }

    [Test]
    public async Task Book_OnOwnCall_KeepsTheNumberProtectedAndTheSummarySealed_AndTakesTheSlot()
    {
        var lawyer = await NewLawyerAsync();
        var (counselor, callSid) = await CounselorOnCallAsync();

        var answer = await counselor.PostAsJsonAsync("/api/counselor/lawyer-bookings", Booking(callSid, lawyer, TuesdayTwo));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK), await answer.Content.ReadAsStringAsync());
        var body = await answer.Content.ReadAsStringAsync();
        Assert.That(body, Does.Not.Contain("12345678").And.Not.Contain("Unpaid wages"));
        var view = (await answer.Content.ReadFromJsonAsync<BookingView>())!;
        Assert.That((view.StartsAt, view.EndsAt, view.NeedsInterpreter), Is.EqualTo((TuesdayTwo, TuesdayThree, true)), "Kim does not speak Vietnamese: an interpreter joins");
        await using var scope = server.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<LawyersDbContext>().Bookings.AsNoTracking().SingleAsync(row => row.Id == view.Id);
        Assert.That(stored.CallerProtected, Does.Not.Contain("12345678"));
        Assert.That(scope.ServiceProvider.GetRequiredService<CallerNumbers>().Unprotect(stored.CallerProtected), Is.EqualTo("+821012345678"), "taken from the call at Twilio");
        Assert.That(stored.CallerHash, Is.Not.Null);
        Assert.That(stored.SummarySealed, Does.Not.Contain("Unpaid"));
        Assert.That(scope.ServiceProvider.GetRequiredService<NoteProtector>().Open(stored.SummarySealed!), Is.EqualTo("Unpaid wages for three months; employer refuses."));
        var free = (await counselor.GetFromJsonAsync<List<FreeSlot>>("/api/lawyers/free-slots?language=vi&topic=labour&days=7"))!.Where(slot => slot.LawyerId == lawyer).ToList();
        Assert.That(free.Select(slot => slot.StartsAt), Does.Not.Contain(TuesdayTwo).And.Contain(TuesdayThree));
        Assert.That(await AuditAsync(view.Id), Is.EqualTo(new[] { "lawyer.book" }));
    }

    [Test]
    public async Task Book_TheSameSlotTwiceAtOnce_OneGetsIt()
    {
        for (var round = 0; round < 3; round++)
        {
            var lawyer = await NewLawyerAsync();
            var (first, firstCall) = await CounselorOnCallAsync();
            var (second, secondCall) = await CounselorOnCallAsync();

            var answers = await Task.WhenAll(
                first.PostAsJsonAsync("/api/counselor/lawyer-bookings", Booking(firstCall, lawyer, TuesdayTwo)),
                second.PostAsJsonAsync("/api/counselor/lawyer-bookings", Booking(secondCall, lawyer, TuesdayTwo)));

            Assert.That(answers.Select(answer => answer.StatusCode), Is.EquivalentTo(new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
            await using var scope = server.Services.CreateAsyncScope();
            Assert.That(await scope.ServiceProvider.GetRequiredService<LawyersDbContext>().Bookings.CountAsync(row => row.LawyerId == lawyer), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Book_AnotherCounselorsCall_IsForbidden()
    {
        var (_, theirCall) = await CounselorOnCallAsync();
        var (mine, _) = await CounselorOnCallAsync();

        var answer = await mine.PostAsJsonAsync("/api/counselor/lawyer-bookings", Booking(theirCall, kim, TuesdayTwo));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Book_OutsideTheSlotsOrInThePastOrOffTopic_Is400()
    {
        var (counselor, callSid) = await CounselorOnCallAsync();

        var notASlot = await counselor.PostAsJsonAsync("/api/counselor/lawyer-bookings", Booking(callSid, kim, TuesdayTwo.AddMinutes(30)));
        var past = await counselor.PostAsJsonAsync("/api/counselor/lawyer-bookings", Booking(callSid, kim, TuesdayTwo.AddDays(-7)));
        var offTopic = await counselor.PostAsJsonAsync("/api/counselor/lawyer-bookings", Booking(callSid, kim, TuesdayTwo) with { Topic = "divorce" });
        var tooLong = await counselor.PostAsJsonAsync("/api/counselor/lawyer-bookings", Booking(callSid, kim, TuesdayTwo, new string('x', 501)));
        var noLawyer = await counselor.PostAsJsonAsync("/api/counselor/lawyer-bookings", Booking(callSid, Guid.NewGuid(), TuesdayTwo));

        Assert.That(new[] { notASlot, past, offTopic, tooLong, noLawyer }.Select(answer => answer.StatusCode), Is.All.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task CancelAndReschedule_FreeAndMoveTheSlot_Audited()
    {
        var lawyer = await NewLawyerAsync();
        var (counselor, callSid) = await CounselorOnCallAsync();
        var (other, otherCall) = await CounselorOnCallAsync();
        var booked = (await (await counselor.PostAsJsonAsync("/api/counselor/lawyer-bookings", Booking(callSid, lawyer, TuesdayTwo))).Content.ReadFromJsonAsync<BookingView>())!;

        var moved = await counselor.PostAsJsonAsync($"/api/counselor/lawyer-bookings/{booked.Id}/reschedule", new RescheduleRequest(TuesdayThree));
        var freedTwo = await other.PostAsJsonAsync("/api/counselor/lawyer-bookings", Booking(otherCall, lawyer, TuesdayTwo));
        var cancelled = await counselor.PostAsync($"/api/counselor/lawyer-bookings/{booked.Id}/cancel", null);
        var cancelledAgain = await counselor.PostAsync($"/api/counselor/lawyer-bookings/{booked.Id}/cancel", null);
        var movedOntoTaken = await other.PostAsJsonAsync($"/api/counselor/lawyer-bookings/{(await freedTwo.Content.ReadFromJsonAsync<BookingView>())!.Id}/reschedule",
            new RescheduleRequest(TuesdayThree));

        Assert.That(moved.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await moved.Content.ReadFromJsonAsync<BookingView>())!.StartsAt, Is.EqualTo(TuesdayThree));
        Assert.That(freedTwo.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the old slot is free again");
        Assert.That(cancelled.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(cancelledAgain.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(movedOntoTaken.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the cancelled session freed 15:00");
        Assert.That(await AuditAsync(booked.Id), Is.EquivalentTo(new[] { "lawyer.book", "lawyer.reschedule", "lawyer.cancel" }));
    }

    [Test]
    public async Task Retention_PastTheRecordsPeriod_TheNumberAndSummaryGo()
    {
        var lawyer = await NewLawyerAsync();
        var (counselor, callSid) = await CounselorOnCallAsync();
        var booked = (await (await counselor.PostAsJsonAsync("/api/counselor/lawyer-bookings", Booking(callSid, lawyer, TuesdayTwo))).Content.ReadFromJsonAsync<BookingView>())!;
        var retention = server.Services.GetRequiredService<LawyerRetention>();

        var early = await retention.ApplyAsync(CancellationToken.None);
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LawyersDbContext>();
        var kept = await db.Bookings.AsNoTracking().SingleAsync(row => row.Id == booked.Id);
        // A session that ended longer ago than the records' retention (three years by default).
        await db.Bookings.Where(row => row.Id == booked.Id).ExecuteUpdateAsync(set => set.SetProperty(row => row.EndsAt, clock.GetUtcNow().AddDays(-3 * 365 - 1)));
        await retention.ApplyAsync(CancellationToken.None);
        var expired = await db.Bookings.AsNoTracking().SingleAsync(row => row.Id == booked.Id);

        Assert.That((early, kept.CallerProtected is null, kept.SummarySealed is null), Is.EqualTo((0, false, false)));
        Assert.That((expired.CallerProtected, expired.CallerHash, expired.SummarySealed), Is.EqualTo(((string?)null, (byte[]?)null, (string?)null)));
        Assert.That((expired.Language, expired.Topic, expired.ExpiredAt is not null), Is.EqualTo(("vi", "labour", true)), "the row stays for the reports");
    }

    private async Task<List<string>> AuditAsync(Guid booking)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IvrDbContext>().AuditEntries.AsNoTracking()
            .Where(entry => entry.Subject == booking.ToString()).OrderBy(entry => entry.Id).Select(entry => entry.Action).ToListAsync();
    }
}
