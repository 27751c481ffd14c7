using System.Xml.Linq;
using Ivr.PhoneSim.Calls;

namespace Ivr.PhoneSim.Execution.Verbs;

/// <summary>
/// &lt;Reject reason="rejected|busy"/&gt;: "If the first verb ... is &lt;Reject&gt;, Twilio will not pick up the call. The
/// call ends with a status of busy or no-answer, depending on the verb's reason attribute" (busy → busy,
/// rejected (default) → no-answer). After the call was answered it simply ends.
/// </summary>
public sealed class RejectVerb : IVerb
{
    public string Name => "Reject";

    public Task<VerbOutcome> ExecuteAsync(XElement element, VerbContext context)
    {
        if (context.Call.Status == CallStatuses.InProgress)
        {
            return Task.FromResult(VerbOutcome.Hangup());
        }
        var busy = string.Equals(element.Attr("reason"), "busy", StringComparison.OrdinalIgnoreCase);
        return Task.FromResult(VerbOutcome.Hangup(busy ? CallStatuses.Busy : CallStatuses.NoAnswer));
    }
}
