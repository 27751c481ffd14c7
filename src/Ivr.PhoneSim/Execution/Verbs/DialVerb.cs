using System.Globalization;
using System.Xml.Linq;
using Ivr.PhoneSim.Calls;

namespace Ivr.PhoneSim.Execution.Verbs;

/// <summary>
/// &lt;Dial&gt; with a Client, Number, Queue or Conference noun (or a bare number). With an action URL the action gets
/// DialCallStatus, DialCallSid, DialCallDuration and DialBridged and later verbs are unreachable; without one the
/// next verb runs. Up to ten Client/Number nouns ring at once (a noun's url TwiML runs on the answering leg before it is bridged); a Queue or Conference noun
/// must be alone.
/// </summary>
public sealed class DialVerb : IVerb
{
    public string Name => "Dial";

    public async Task<VerbOutcome> ExecuteAsync(XElement element, VerbContext context)
    {
        var timeout = TimeSpan.FromSeconds(Math.Clamp(element.IntAttr("timeout", 30), 5, 600));
        var noun = element.Elements().FirstOrDefault();
        var result = noun?.Name.LocalName switch
        {
            "Client" or "Number" => await DialPhone.RunAsync(Phones(element), element, timeout, context),
            "Queue" => await DialQueue.RunAsync(noun, timeout, context),
            "Conference" => await ConferenceRoom.JoinAsync(noun, context),
            null when element.Value.Trim().Length > 0 => await DialPhone.RunAsync([(element.Value.Trim(), null)], element, timeout, context),
            _ => new DialResult(CallStatuses.Failed, null, null, false),
        };
        if (context.Resolve(element.Attr("action")) is not { } action)
        {
            return VerbOutcome.Continue;
        }
        var parameters = new Dictionary<string, string>
        {
            ["DialCallStatus"] = result.Status,
            ["DialBridged"] = result.Bridged ? "true" : "false",
        };
        if (result.DialCallSid is { } sid)
        {
            parameters["DialCallSid"] = sid;
        }
        if (result.Duration is { } duration)
        {
            parameters["DialCallDuration"] = duration.ToString(CultureInfo.InvariantCulture);
        }
        foreach (var (key, value) in result.Extra ?? new Dictionary<string, string>())
        {
            parameters[key] = value;
        }
        return VerbOutcome.Navigate(Instruction.Fetch(action, element.Attr("method"), parameters));
    }

    private static List<(string, XElement?)> Phones(XElement dial) =>
        [.. dial.Elements()
            .Where(e => e.Name.LocalName is "Client" or "Number")
            .Take(10)
            .Select(e => (e.Name.LocalName == "Client" ? ClientAddress(e) : e.Value.Trim(), (XElement?)e))];

    private static string ClientAddress(XElement client)
    {
        var identity = client.Elements().FirstOrDefault(e => e.Name.LocalName == "Identity")?.Value ?? client.Value;
        identity = identity.Trim();
        return identity.StartsWith("client:", StringComparison.Ordinal) ? identity : "client:" + identity;
    }
}
