using System.Net;
using System.Net.Sockets;

namespace Ivr.Server.Tests.EndToEnd;

/// <summary>
/// Sends every request to one loopback server whatever its URL's host, keeping the URL (and so the Host header) as
/// it is: webhooks signed for http://localhost/... reach a Kestrel server on a free port and still validate.
/// </summary>
public static class LoopbackHandler
{
    public static SocketsHttpHandler To(Uri server) => new()
    {
        ConnectCallback = async (_, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, server.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
