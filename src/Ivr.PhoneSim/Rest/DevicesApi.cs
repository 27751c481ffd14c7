using Ivr.PhoneSim.Parties;

namespace Ivr.PhoneSim.Rest;

/// <summary>
/// The browser device's API (not Twilio's): the softphone page registers <c>client:{identity}</c>, watches it ring
/// as server-sent events and answers, declines or hangs up. Any origin may call it (the page is served by the Ivr
/// server, another origin), without credentials: the simulator is a development and test tool on loopback.
/// </summary>
public static class DevicesApi
{
    public const string CorsPolicy = "browser-devices";

    public static IEndpointRouteBuilder MapDevices(this IEndpointRouteBuilder endpoints)
    {
        var devices = endpoints.MapGroup("/devices/{identity}").RequireCors(CorsPolicy);
        devices.MapPost("/", (string identity, BrowserDevices registry) => TypedResults.Ok(registry.Register(identity).Snapshot));
        devices.MapGet("/events", (string identity, BrowserDevices registry, CancellationToken cancellationToken) =>
            TypedResults.ServerSentEvents(registry.Register(identity).Watch(cancellationToken), "device"));
        devices.MapPost("/calls/{callSid}/accept", (string identity, string callSid, BrowserDevices registry) =>
            Choose(registry, identity, callSid, RingAnswer.Answer));
        devices.MapPost("/calls/{callSid}/reject", (string identity, string callSid, BrowserDevices registry) =>
            Choose(registry, identity, callSid, RingAnswer.Decline));
        devices.MapPost("/calls/{callSid}/hangup", (string identity, string callSid, BrowserDevices registry) =>
            registry.Find(identity)?.HangUp(callSid) == true
                ? Results.NoContent()
                : Results.Conflict(new { message = $"Call {callSid} is not connected at device {identity}." }));
        return endpoints;
    }

    private static IResult Choose(BrowserDevices registry, string identity, string callSid, RingAnswer answer) =>
        registry.Find(identity)?.Choose(callSid, answer) == true
            ? Results.NoContent()
            : Results.Conflict(new { message = $"Call {callSid} is not ringing at device {identity}." });
}
