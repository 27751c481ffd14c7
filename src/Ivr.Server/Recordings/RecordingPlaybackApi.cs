using System.Security.Claims;
using Ivr.Server.Auditing;
using Ivr.Server.Authorization;
using Ivr.Server.CallRecords.Model;
using Ivr.Server.Staffing;
using Ivr.Server.Telephony;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Recordings;

/// <summary>
/// Recorded calls for supervisors and operations staff: the newest, and each one played through the server (never a
/// link to Twilio), every playback audited. A counselor of a team that serves a tag (victim-support) plays the
/// recordings of calls with that tag, and no other; anonymous requests get 401.
/// </summary>
public static class RecordingPlaybackApi
{
    public const int MaxListed = 200;

    public static IEndpointRouteBuilder MapRecordingPlayback(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/recordings").WithTags("Recordings");
        group.MapGet("", async (int? limit, CallRecordingStore store, CancellationToken cancellationToken) =>
                TypedResults.Ok((await store.RecentAsync(Math.Clamp(limit ?? 50, 1, MaxListed), cancellationToken)).Select(RecordingView.Of)))
            .WithName("recordings")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Supervisor, Roles.Operations));
        group.MapGet("/{callSid}", PlayAsync).WithName("recording-play")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Supervisor, Roles.Operations, Roles.Counselor));
        return endpoints;
    }

    private static async Task<IResult> PlayAsync(string callSid, string? recording, HttpContext context, CallRecordingStore store, TwilioRecordings recordings,
        AuditLog audit, CounselorLink links, StaffingDbContext staffing, IOptions<RecordingOptions> options)
    {
        var made = await store.ForCallAsync(callSid, context.RequestAborted);
        var chosen = recording is null ? made.FirstOrDefault() : made.FirstOrDefault(row => row.RecordingSid == recording);
        var user = context.User;
        if (!user.IsInRole(Roles.Supervisor) && !user.IsInRole(Roles.Operations) &&
            (chosen is null || !await TeamMayPlayAsync(user, chosen, links, staffing, options.Value, context.RequestAborted)))
        {
            return TypedResults.Forbid();
        }
        return chosen is null
            ? TypedResults.NotFound()
            : await RecordingMedia.StreamAsync(recordings, chosen.RecordingSid, context,
                () => audit.WriteAsync("recording.play", callSid, $"{chosen.RecordingSid} {chosen.Language} {chosen.Tags}".TrimEnd(), cancellationToken: context.RequestAborted));
    }

    // A counselor plays a recording only when a tag of the call is one their team serves and whose calls are recorded on
    // purpose (Recording:Tags on): the victim-support team for their calls.
    private static async Task<bool> TeamMayPlayAsync(ClaimsPrincipal user, CallRecording recording, CounselorLink links, StaffingDbContext staffing,
        RecordingOptions options, CancellationToken cancellationToken)
    {
        var tags = recording.Tags.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(tag => options.Tags.ContainsKey(tag)).ToList();
        if (tags.Count == 0 || await links.CounselorIdAsync(user, cancellationToken) is not { } counselorId)
        {
            return false;
        }
        var teams = await staffing.Counselors.AsNoTracking().Where(counselor => counselor.Id == counselorId).Select(counselor => counselor.Teams).SingleOrDefaultAsync(cancellationToken);
        return teams?.Intersect(tags, StringComparer.Ordinal).Any() == true;
    }
}

/// <summary>A recorded call as the console lists it: no media URL, only what the server plays it by.</summary>
public sealed record RecordingView(string CallSid, string RecordingSid, string Language, IReadOnlyList<string> Tags, int Seconds, DateTimeOffset RecordedAt, DateTimeOffset ExpiresAt)
{
    public static RecordingView Of(CallRecording row) =>
        new(row.CallSid, row.RecordingSid, row.Language, row.Tags.Split(' ', StringSplitOptions.RemoveEmptyEntries), row.Seconds, row.RecordedAt, row.ExpiresAt);
}
