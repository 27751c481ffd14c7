using Ivr.Server.Telephony;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ivr.Server.Ivr;

/// <summary>The routes of a message a caller leaves (<see cref="MessageFlow"/>).</summary>
public static partial class VoiceEndpoints
{
    private static void MapMessages(RouteGroupBuilder voice)
    {
        // Whatever ends a wait with a message (hold key, after hours, the maximum wait) may send the call here.
        voice.MapPost("/message", (HttpContext context, MessageFlow flow, string? language) =>
                WithLanguage(context, language, (call, code) => flow.StartAsync(context, call, code)))
            .WithName(VoiceRoutes.Message);
        voice.MapPost("/message/recorded", (HttpContext context, MessageFlow flow, string? language) =>
                WithLanguage(context, language, (call, code) => flow.RecordedAsync(context, call, code)))
            .WithName(VoiceRoutes.MessageRecorded);
        voice.MapPost("/after-hours/key", (HttpContext context, MessageFlow flow, string? language, string? step) =>
                int.TryParse(step, out var number) && number > 0
                    ? WithLanguage(context, language, (call, code) => flow.AfterHoursKeyAsync(context, call, code, number))
                    : Task.FromResult<Results<TwiMLResult, ProblemHttpResult>>(Problem("The step query parameter must be a positive number.")))
            .WithName(VoiceRoutes.AfterHoursKey);
    }
}
