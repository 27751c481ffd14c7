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
}
