using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ivr.Server.Authorization;
using Ivr.Server.Lawyers;
using Ivr.Server.Reporting;
using Ivr.Server.Tests.Infrastructure;
using Ivr.Server.Tests.Lawyers;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.Reporting;

/// <summary>The lawyer-sessions report over sessions written by hand, the values worked out in the comments.</summary>
public sealed class LawyerReportTests
{
    // Tuesday 1 December 2026, 14:00 in Seoul.
    private static readonly DateTimeOffset Session = new(2026, 12, 1, 5, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task LawyerSessions_CountsOutcomesNoShowRateAndHoursFromBookingToSession_ByTheSessionsDayInSeoul()
    {
        await using var server = await IvrServerFactory.StartAsync();
        var lawyer = await server.CreateLawyerAsync(LawyerDesk.Kim);
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LawyersDbContext>();
            // vi labour: four sessions (completed, no-show-lawyer, no-show-caller, no-interpreter) booked 48, 24, 24 and 12 h ahead, one cancelled,
            // one missed (the server down through its slot: not a session, nor in the hours to the session).
            db.Bookings.AddRange(
                Booking(lawyer, "vi", "labour", Session, 48, BookingStates.Completed),
                Booking(lawyer, "vi", "labour", Session, 24, BookingStates.NoShowLawyer),
                Booking(lawyer, "vi", "labour", Session, 24, BookingStates.NoShowCaller),
                Booking(lawyer, "vi", "labour", Session, 12, BookingStates.NoInterpreter),
                Booking(lawyer, "vi", "labour", Session, 10, BookingStates.Cancelled),
                Booking(lawyer, "vi", "labour", Session, 100, BookingStates.Missed),
                // Not yet run: not counted.
                Booking(lawyer, "vi", "labour", Session.AddHours(1), 10, BookingStates.Booked),
                // zh visa: one completed, booked 6 h ahead.
                Booking(lawyer, "zh", "visa", Session, 6, BookingStates.Completed),
                // 00:30 on 2 December in Seoul (still 1 December in UTC): the next day's.
                Booking(lawyer, "zh", "visa", new DateTimeOffset(2026, 12, 1, 15, 30, 0, TimeSpan.Zero), 6, BookingStates.Completed));
            await db.SaveChangesAsync();
        }

        var table = await server.Services.GetRequiredService<CallReports>().RunAsync("lawyer-sessions",
            new ReportRequest(new ReportRange(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 2)), 20, 10));

        // period, language, topic, sessions, completed, no_show_lawyer, no_show_caller, no_interpreter, missed, cancelled, no_show_pct, avg_hours_to_session
        // vi: 2 no-shows of 4 sessions = 50 %; (48 + 24 + 24 + 12) / 4 = 27 h.
        Assert.That(ReportMetricsTests.Rows(table), Is.EqualTo(new[] { "2026-12-01|vi|labour|4|1|1|1|1|1|1|50|27", "2026-12-01|zh|visa|1|1|0|0|0|0|0|0|6" }));
        var supervisor = await server.CreateSignedInClientAsync(Roles.Supervisor);
        var response = await supervisor.GetAsync("/api/reports/lawyer-sessions?from=2026-12-02&to=2026-12-03");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var rows = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows");
        Assert.That(rows.GetArrayLength(), Is.EqualTo(1), "the session at 00:30 in Seoul is on 2 December");
    }

    private static LawyerBooking Booking(Guid lawyer, string language, string topic, DateTimeOffset startsAt, int hoursAhead, string state) => new()
    {
        Id = Guid.NewGuid(),
        LawyerId = lawyer,
        StartsAt = startsAt,
        EndsAt = startsAt.AddHours(1),
        Language = language,
        Topic = topic,
        NeedsInterpreter = true,
        CallSid = "CA" + Guid.NewGuid().ToString("N"),
        BookedBy = "c1",
        BookedAt = startsAt.AddHours(-hoursAhead),
        State = state,
    };
}
