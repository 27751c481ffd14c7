using Ivr.Acd.Routing;
using Ivr.Server.Redis;
using Ivr.Server.Telephony;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ivr.Server.Ivr;

/// <summary>
/// Every Twilio voice webhook, in the signed <c>/twilio</c> group. Parameters are read after the signature
/// filter, so an unsigned request is refused (403) before its body is judged (400).
/// </summary>
public static partial class VoiceEndpoints
{
    public const string Incoming = VoiceRoutes.Incoming;
    public const string Status = VoiceRoutes.Status;

    public static IEndpointRouteBuilder MapVoice(this IEndpointRouteBuilder endpoints)
    {
        var voice = endpoints.MapTwilioGroup().MapGroup("/voice").AddEndpointFilter<TwiMLFailSafeFilter>();
        voice.MapPost("/incoming", (HttpContext context, MenuFlow flow) => Handle(context, call => flow.IncomingAsync(context, call)))
            .WithName(VoiceRoutes.Incoming);
        voice.MapPost("/menu", (HttpContext context, MenuFlow flow, string? step) =>
                int.TryParse(step, out var number) && number > 0
                    ? Handle(context, call => flow.StepAsync(context, call, number))
                    : Task.FromResult<Results<TwiMLResult, ProblemHttpResult>>(Problem("The step query parameter must be a positive number.")))
            .WithName(VoiceRoutes.Menu);
        voice.MapPost("/institution-line", (HttpContext context, InstitutionLineFlow flow, string? step) =>
                int.TryParse(step, out var number) && number > 0
                    ? Handle(context, call => flow.StepAsync(context, call, number))
                    : Task.FromResult<Results<TwiMLResult, ProblemHttpResult>>(Problem("The step query parameter must be a positive number.")))
            .WithName(VoiceRoutes.InstitutionLine);
        voice.MapPost("/hold", (HttpContext context, HoldFlow flow, string? language) =>
                WithLanguage(context, language, (call, code) => flow.HoldAsync(context, call, code)))
            .WithName(VoiceRoutes.Hold);
        voice.MapPost("/hold/key", (HttpContext context, HoldFlow flow, string? language) =>
                WithLanguage(context, language, (call, code) => flow.HoldKeyAsync(context, call, code)))
            .WithName(VoiceRoutes.HoldKey);
        voice.MapPost("/queue-result", (HttpContext context, HoldFlow flow, string? language) =>
                WithLanguage(context, language, (call, code) => flow.QueueResultAsync(context, call, code)))
            .WithName(VoiceRoutes.QueueResult);
        voice.MapPost("/rejoin", (HttpContext context, HoldFlow flow, string? language) =>
                WithLanguage(context, language, (call, code) => flow.RejoinAsync(context, call, code)))
            .WithName(VoiceRoutes.Rejoin);
        voice.MapPost("/callback/number", (HttpContext context, HoldFlow flow, string? language, int? attempt) =>
                WithLanguage(context, language, (call, code) => flow.CallbackNumberAsync(context, call, code, Math.Clamp(attempt ?? 1, 1, 9))))
            .WithName(VoiceRoutes.CallbackNumber);
        voice.MapPost("/consent", (HttpContext context, RecordingConsentFlow flow, string? language) =>
                WithLanguage(context, language, (call, code) => flow.AnswerAsync(context, call, code)))
            .WithName(VoiceRoutes.Consent);
        MapMessages(voice);
        voice.MapPost("/status", StatusCallback).WithName(VoiceRoutes.Status).AddEndpointFilter<RedisOutageRetryFilter>();
        return endpoints;
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> StatusCallback(HttpContext context, CallStatusCallback callback)
    {
        var (call, problem) = await ReadAsync(context);
        if (call is null)
        {
            return problem!;
        }
        await callback.HandleAsync(call);
        return TypedResults.NoContent();
    }

    private static Task<Results<TwiMLResult, ProblemHttpResult>> WithLanguage(
        HttpContext context, string? language, Func<TwilioVoiceRequest, string, Task<TwiMLResult>> handler) =>
        LanguageCode.IsValid(language)
            ? Handle(context, call => handler(call, language))
            : Task.FromResult<Results<TwiMLResult, ProblemHttpResult>>(Problem("The language query parameter is missing or malformed."));

    private static async Task<Results<TwiMLResult, ProblemHttpResult>> Handle(HttpContext context, Func<TwilioVoiceRequest, Task<TwiMLResult>> handler)
    {
        var (call, problem) = await ReadAsync(context);
        return call is null ? problem! : await handler(call);
    }

    private static async Task<(TwilioVoiceRequest? Call, ProblemHttpResult? Problem)> ReadAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType)
        {
            return (null, Problem("Twilio voice webhooks are form-encoded."));
        }
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        return TwilioVoiceRequest.TryRead(form, out var call, out var reason) ? (call, null) : (null, Problem(reason));
    }

    private static ProblemHttpResult Problem(string detail) => TwilioProblem.Malformed(detail);
}
