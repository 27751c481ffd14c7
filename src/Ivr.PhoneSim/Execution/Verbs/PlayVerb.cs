using System.Xml.Linq;
using Ivr.PhoneSim.Parties;

namespace Ivr.PhoneSim.Execution.Verbs;

/// <summary>&lt;Play&gt;: plays its URL <c>loop</c> times (0 = until the call moves on); audio lasts PhoneSim:PlayDuration.</summary>
public sealed class PlayVerb : IVerb
{
    public string Name => "Play";

    public async Task<VerbOutcome> ExecuteAsync(XElement element, VerbContext context)
    {
        var url = element.Value.Trim();
        var loops = element.IntAttr("loop", 1);
        for (var i = 0; loops <= 0 || i < loops; i++)
        {
            context.Sim.Notify(context.Call, PartyEventKind.Heard, "audio:" + url);
            await context.DelayAsync(context.Sim.Options.PlayDuration);
        }
        return VerbOutcome.Continue;
    }
}
