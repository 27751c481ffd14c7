using System.Collections.Concurrent;
using Ivr.PhoneSim.Twilio;

namespace Ivr.PhoneSim.Messages;

/// <summary>
/// The Messages the account sent, and the virtual phones that received them: a message reaches its phone's inbox
/// when it is delivered (tests and the demo read <see cref="Inbox"/>).
/// </summary>
public sealed class MessageRegistry(TimeProvider clock)
{
    public const string Prefix = "SM";

    private readonly ConcurrentDictionary<string, SimMessage> messages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<SimMessage>> inboxes = new(StringComparer.Ordinal);

    public SimMessage Create(string from, string to, string body, Uri? statusCallback)
    {
        var message = new SimMessage(Sids.New(Prefix), from, to, body, statusCallback, clock.GetUtcNow());
        messages[message.Sid] = message;
        return message;
    }

    public SimMessage? Find(string sid) => messages.GetValueOrDefault(sid);

    public IReadOnlyList<SimMessage> All => [.. messages.Values.OrderByDescending(message => message.DateCreated)];

    /// <summary>The SMS the phone <paramref name="number"/> received, in the order they arrived.</summary>
    public IReadOnlyList<SimMessage> Inbox(string number) => inboxes.TryGetValue(number, out var inbox) ? [.. inbox] : [];

    internal void Deliver(SimMessage message) => inboxes.GetOrAdd(message.To, _ => new ConcurrentQueue<SimMessage>()).Enqueue(message);
}
