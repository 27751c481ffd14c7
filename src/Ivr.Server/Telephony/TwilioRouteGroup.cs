namespace Ivr.Server.Telephony;

public static class TwilioRouteGroup
{
    /// <summary>The one group every Twilio-called route lives in: signed requests only, no sign-in.</summary>
    public static RouteGroupBuilder MapTwilioGroup(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup("/twilio")
            .AllowAnonymous()
            .DisableAntiforgery()
            .WithMetadata(new TwilioWebhookAttribute())
            .AddEndpointFilter<ValidateTwilioRequestFilter>()
            .ExcludeFromDescription();

    /// <summary>
    /// Runs a request routed to a Twilio webhook at this point of the pipeline, so the browser middleware after it
    /// (status pages, web pages, sign-in, authorization) never runs for Twilio: its requests are signed, not signed in.
    /// A body of the wrong type or size is refused here (<see cref="TwilioRequestShape"/>), before anything reads it.
    /// </summary>
    public static IApplicationBuilder UseTwilioWebhooks(this IApplicationBuilder app) =>
        app.Use(next => context =>
        {
            if (context.GetEndpoint() is not { RequestDelegate: { } webhook } endpoint || endpoint.Metadata.GetMetadata<TwilioWebhookAttribute>() is null)
            {
                return next(context);
            }
            if (TwilioRequestShape.Refusal(context) is { } status)
            {
                context.Response.StatusCode = status;
                return Task.CompletedTask;
            }
            return webhook(context);
        });
}
