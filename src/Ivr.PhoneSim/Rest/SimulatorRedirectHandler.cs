namespace Ivr.PhoneSim.Rest;

/// <summary>Sends the Twilio library's https://api.twilio.com requests to the simulator (twilio-facts.md 6: BaseAddress is ignored, the host must be rewritten).</summary>
public sealed class SimulatorRedirectHandler(Uri simulator) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var builder = new UriBuilder(request.RequestUri!) { Scheme = simulator.Scheme, Host = simulator.Host, Port = simulator.Port };
        request.RequestUri = builder.Uri;
        return base.SendAsync(request, cancellationToken);
    }
}
