using System.Xml.Linq;
using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Webhooks;

namespace Ivr.PhoneSim.Execution.Verbs;

/// <summary>&lt;Redirect method="POST"&gt;url&lt;/Redirect&gt;: control passes to the TwiML at url; later verbs never run.</summary>
public sealed class RedirectVerb : IVerb
{
    public string Name => "Redirect";

    public Task<VerbOutcome> ExecuteAsync(XElement element, VerbContext context)
    {
        var url = context.Resolve(element.Value) ?? throw new WebhookFailure(WebhookFailure.DocumentParseFailure, "<Redirect> needs a URL");
        return Task.FromResult(VerbOutcome.Navigate(Instruction.Fetch(url, element.Attr("method"))));
    }
}
