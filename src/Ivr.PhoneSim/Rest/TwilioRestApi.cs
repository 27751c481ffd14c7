namespace Ivr.PhoneSim.Rest;

public static class TwilioRestApi
{
    /// <summary>Maps the 2010-04-01 subset under /2010-04-01/Accounts/{AccountSid}, behind Basic auth.</summary>
    public static RouteGroupBuilder MapTwilioRestApi(this IEndpointRouteBuilder endpoints, SimulatorOptions options) =>
        endpoints.MapGroup("/2010-04-01/Accounts/{AccountSid}")
            .AddEndpointFilter(new BasicAuthFilter(options))
            .MapCalls()
            .MapQueues()
            .MapConferences()
            .MapParticipants()
            .MapRecordings()
            .MapMessages();
}
