namespace Ivr.Server.Tests.EndToEnd;

/// <summary>
/// Lets the phone simulator be created before the server it calls: its webhooks go to whatever handler is bound
/// once the server has started (the in-memory test server's).
/// </summary>
public sealed class LateBoundHandler : DelegatingHandler
{
    public void Bind(HttpMessageHandler server) => InnerHandler = server;
}
