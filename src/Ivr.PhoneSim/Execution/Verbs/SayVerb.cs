using System.Xml.Linq;
using Ivr.PhoneSim.Parties;

namespace Ivr.PhoneSim.Execution.Verbs;

/// <summary>&lt;Say&gt;: speaks its text <c>loop</c> times (0 = until the call moves on), about 15 characters a second.</summary>
public sealed class SayVerb : IVerb
{
    public string Name => "Say";

    public async Task<VerbOutcome> ExecuteAsync(XElement element, VerbContext context)
    {
        var text = element.Value.Trim();
        var loops = element.IntAttr("loop", 1);
        for (var i = 0; loops <= 0 || i < loops; i++)
        {
            context.Sim.Notify(context.Call, PartyEventKind.Heard, text);
            await context.DelayAsync(SpeakingTime(text));
        }
        return VerbOutcome.Continue;
    }

    public static TimeSpan SpeakingTime(string text) => TimeSpan.FromSeconds(Math.Max(1.0, text.Length / 15.0));
}
