using System.Globalization;
using System.Text.RegularExpressions;
using Ivr.Acd.Engine;
using Ivr.Acd.Events;
using Ivr.Acd.Routing;
using Ivr.Server.CallRecords.Model;
using Ivr.Server.CallRecords.Pipeline;
using Ivr.Server.Redis;
using Ivr.Server.Telephony;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Ivr.Server.Recordings;

/// <summary>
/// The recording status callback of a recorded conversation (signed, in the <c>/twilio</c> group). The URL was made
/// when the counselor was rung (<see cref="CallRecordingCallback"/>): it names the caller's call, language and tags,
/// which Twilio's form (a conference's recording: ConferenceSid, no CallSid) does not. A completed recording's reference
/// is kept (never its media URL; parked in Redis while PostgreSQL is away, <see cref="ParkedCallRecordings"/>) and its
/// length goes to the call's record; an absent or failed one leaves nothing.
/// </summary>
public static partial class CallRecordingEndpoint
{
    public const string Route = "twilio-voice-call-recording";

    public static IEndpointRouteBuilder MapCallRecordingStatus(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapTwilioGroup().MapPost("/voice/recording/call", HandleAsync).WithName(Route).AddEndpointFilter<RedisOutageRetryFilter>();
        return endpoints;
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(HttpContext context, string? call, string? language, string? tags,
        CallRecordingStore store, ParkedCallRecordings parking, IConnectionMultiplexer redis, AcdEngine engine, IOptions<RecordingOptions> options,
        TimeProvider clock)
    {
        if (!context.Request.HasFormContentType)
        {
            return TwilioProblem.Malformed("Twilio recording status callbacks are form-encoded.");
        }
        var tagList = (tags ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (call is null || !CallSidPattern().IsMatch(call) || !LanguageCode.IsValid(language) || !tagList.All(RoutingTag.IsValid))
        {
            return TwilioProblem.Malformed("The call, language or tags query parameter is missing or malformed.");
        }
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (!TwilioRecordingStatus.TryRead(form, out var status, out var problem))
        {
            return TwilioProblem.Malformed(problem);
        }
        if (status.RecordingStatus != TwilioRecordingStatus.Completed)
        {
            return TypedResults.NoContent();
        }
        var now = clock.GetUtcNow();
        var recording = new CallRecording
        {
            RecordingSid = status.RecordingSid,
            CallSid = call,
            Type = RecordingTypes.Call,
            Language = language,
            Tags = string.Join(' ', tagList),
            Seconds = status.RecordingDuration,
            RecordedAt = now,
            ExpiresAt = now.AddDays(options.Value.RetentionDays[RecordingTypes.Call]),
        };
        try
        {
            // Finished even if Twilio stops waiting: a completed recording must not be left without its reference.
            await store.AddAsync(recording, CancellationToken.None);
        }
        catch (Exception exception) when (WriteFailures.IsTransient(exception) && exception is not RedisException)
        {
            await parking.ParkAsync(recording);
        }
        await CallEventStream.AppendAsync(redis.GetDatabase(), engine.Keys.ContactCenter, new CallEvent(
            $"{call}:recording:{status.RecordingSid}", CallEventTypes.RecordingCompleted, call, now,
            new Dictionary<string, string> { ["seconds"] = status.RecordingDuration.ToString(CultureInfo.InvariantCulture) }));
        return TypedResults.NoContent();
    }

    [GeneratedRegex("^CA[0-9A-Za-z]{10,64}$")]
    private static partial Regex CallSidPattern();
}
