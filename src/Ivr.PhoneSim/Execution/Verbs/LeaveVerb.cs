using System.Xml.Linq;

namespace Ivr.PhoneSim.Execution.Verbs;

/// <summary>&lt;Leave/&gt; (in an Enqueue waitUrl): takes the caller out of the queue; execution continues after &lt;Enqueue&gt;.</summary>
public sealed class LeaveVerb : IVerb
{
    public string Name => "Leave";

    public Task<VerbOutcome> ExecuteAsync(XElement element, VerbContext context) => Task.FromResult(VerbOutcome.Leave);
}
