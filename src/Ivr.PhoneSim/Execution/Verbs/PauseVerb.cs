using System.Xml.Linq;

namespace Ivr.PhoneSim.Execution.Verbs;

/// <summary>&lt;Pause length="1"&gt;: silence for length seconds.</summary>
public sealed class PauseVerb : IVerb
{
    public string Name => "Pause";

    public async Task<VerbOutcome> ExecuteAsync(XElement element, VerbContext context)
    {
        await context.DelayAsync(TimeSpan.FromSeconds(element.IntAttr("length", 1)));
        return VerbOutcome.Continue;
    }
}
