using System.Xml.Linq;

namespace Ivr.PhoneSim.Execution.Verbs;

/// <summary>&lt;Hangup/&gt;: ends the call.</summary>
public sealed class HangupVerb : IVerb
{
    public string Name => "Hangup";

    public Task<VerbOutcome> ExecuteAsync(XElement element, VerbContext context) => Task.FromResult(VerbOutcome.Hangup());
}
