using Ivr.PhoneSim.Calls;

namespace Ivr.PhoneSim.Queues;

/// <summary>How a member leaves its queue: redirected to new TwiML (REST member update) or bridged to a &lt;Dial&gt;&lt;Queue&gt; caller.</summary>
public sealed record DequeueOrder(Instruction? Redirect, SimCall? Dialer, Uri? BridgeUrl, Bridge? Bridge);
