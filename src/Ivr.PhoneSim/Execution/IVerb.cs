using System.Xml.Linq;

namespace Ivr.PhoneSim.Execution;

/// <summary>One TwiML verb with Twilio's semantics.</summary>
public interface IVerb
{
    string Name { get; }

    Task<VerbOutcome> ExecuteAsync(XElement element, VerbContext context);
}
