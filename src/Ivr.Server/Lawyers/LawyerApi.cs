using System.Security.Claims;
using Ivr.Server.Authorization;
using Ivr.Server.FollowUps;

namespace Ivr.Server.Lawyers;

/// <summary>
/// The roster (operations staff create and edit lawyers; every staff role reads it), free slots for the booking form,
/// a day's sessions for the console (supervisors and operations staff),
/// and the signed-in counselor's bookings: book on their own call, list, move, cancel. Bad input is 400, another's
/// call 403, a slot taken 409.
/// </summary>
public static class LawyerApi
{
    public static IEndpointRouteBuilder MapLawyerApi(this IEndpointRouteBuilder endpoints)
    {
        var roster = endpoints.MapGroup("/api/lawyers").WithTags("Lawyers");
        roster.MapGet("", async (LawyerRoster lawyers, CancellationToken cancellationToken) =>
                TypedResults.Ok((await lawyers.ListAsync(cancellationToken)).Select(LawyerView.Of)))
            .WithName("lawyers").RequireAuthorization(policy => policy.RequireRole(Roles.All));
        roster.MapGet("/free-slots", FreeSlotsAsync).WithName("lawyer-free-slots").RequireAuthorization(policy => policy.RequireRole(Roles.All));
        roster.MapGet("/sessions", SessionsAsync).WithName("lawyer-session-board").RequireAuthorization(policy => policy.RequireRole(Roles.Supervisor, Roles.Operations));
        roster.MapPost("", CreateAsync).WithName("lawyer-create").RequireAuthorization(policy => policy.RequireRole(Roles.Operations));
        roster.MapPut("/{id:guid}", UpdateAsync).WithName("lawyer-update").RequireAuthorization(policy => policy.RequireRole(Roles.Operations));

        var bookings = endpoints.MapGroup("/api/counselor/lawyer-bookings").WithTags("Lawyers")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Counselor));
        bookings.MapGet("", (ClaimsPrincipal user, SignedInCounselor counselor, LawyerBookings store, TimeProvider clock, CancellationToken cancellationToken) =>
                counselor.RunAsync(user, async (id, languages) => TypedResults.Ok(await store.ListAsync(id, languages, clock.GetUtcNow(), cancellationToken)), cancellationToken))
            .WithName("counselor-lawyer-bookings");
        bookings.MapPost("", BookAsync).WithName("counselor-lawyer-book");
        bookings.MapPost("/{id:guid}/reschedule", (Guid id, RescheduleRequest request, ClaimsPrincipal user, SignedInCounselor counselor, LawyerBookings store,
                CancellationToken cancellationToken) =>
                counselor.RunAsync(user, async (counselorId, languages) =>
                    ToResult(await store.RescheduleAsync(id, counselorId, languages, request, cancellationToken)), cancellationToken))
            .WithName("counselor-lawyer-reschedule");
        bookings.MapPost("/{id:guid}/cancel", (Guid id, ClaimsPrincipal user, SignedInCounselor counselor, LawyerBookings store, CancellationToken cancellationToken) =>
                counselor.RunAsync(user, async (counselorId, languages) => ToResult(await store.CancelAsync(id, counselorId, languages, cancellationToken)),
                    cancellationToken))
            .WithName("counselor-lawyer-cancel");
        return endpoints;
    }

    private static async Task<IResult> FreeSlotsAsync(string? language, string? topic, int? days, LawyerRoster lawyers, CancellationToken cancellationToken)
    {
        if (language is null || !LawyerRequest.KnownLanguages.Contains(language))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["language"] = ["The language must be one of the center's language codes."] });
        }
        if (days is < 0 or > LawyerRoster.MaxDaysAhead)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["days"] = [$"At most {LawyerRoster.MaxDaysAhead} days ahead."] });
        }
        return TypedResults.Ok(await lawyers.FreeSlotsAsync(language, string.IsNullOrWhiteSpace(topic) ? null : topic.Trim(), days ?? 14, cancellationToken));
    }

    // A day's sessions (default: today in the center's time zone) for the console.
    private static async Task<IResult> SessionsAsync(string? day, SessionBoard board, SlotCalendar calendar, TimeProvider clock, CancellationToken cancellationToken)
    {
        var date = DateOnly.FromDateTime(calendar.Local(clock.GetUtcNow()).DateTime);
        if (day is not null && !DateOnly.TryParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out date))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["day"] = ["The day is written yyyy-MM-dd."] });
        }
        return TypedResults.Ok(new SessionBoardDay(date, await board.ListAsync(date, cancellationToken)));
    }

    private static async Task<IResult> CreateAsync(LawyerRequest request, LawyerRoster lawyers, CancellationToken cancellationToken) =>
        request.Validate() is { Count: > 0 } errors
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Created($"/api/lawyers", LawyerView.Of(await lawyers.CreateAsync(request, cancellationToken)));

    private static async Task<IResult> UpdateAsync(Guid id, LawyerRequest request, LawyerRoster lawyers, CancellationToken cancellationToken) =>
        request.Validate() is { Count: > 0 } errors
            ? TypedResults.ValidationProblem(errors)
            : await lawyers.UpdateAsync(id, request, cancellationToken) is { } lawyer ? TypedResults.Ok(LawyerView.Of(lawyer)) : TypedResults.NotFound();

    private static Task<IResult> BookAsync(BookingRequest request, ClaimsPrincipal user, SignedInCounselor counselor, LawyerBookings store, CancellationToken cancellationToken) =>
        request.Validate() is { Count: > 0 } errors
            ? Task.FromResult<IResult>(TypedResults.ValidationProblem(errors))
            : counselor.RunAsync(user, async (counselorId, _) => ToResult(await store.BookAsync(counselorId, request, cancellationToken)), cancellationToken);

    private static IResult ToResult(BookingResult result) => result.Outcome switch
    {
        BookingOutcome.Done => TypedResults.Ok(result.Booking),
        BookingOutcome.NotOwnCall => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Sessions are booked only on one's own call."),
        BookingOutcome.Invalid => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: result.Problem),
        BookingOutcome.Taken => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: result.Problem),
        BookingOutcome.TwilioUnavailable => TypedResults.Problem(statusCode: StatusCodes.Status502BadGateway, title: "Twilio did not tell the caller's number; try again shortly."),
        _ => TypedResults.NotFound(),
    };
}
