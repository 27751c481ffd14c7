using Ivr.PhoneSim.Calls;

namespace Ivr.PhoneSim.Webhooks;

/// <summary>The parameters Twilio sends with every voice request for a call.</summary>
public static class CallParameters
{
    public const string ApiVersion = "2010-04-01";

    public static Dictionary<string, string> For(SimCall call, string accountSid)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["CallSid"] = call.Sid,
            ["AccountSid"] = accountSid,
            ["From"] = call.From,
            ["To"] = call.To,
            ["Caller"] = call.From,
            ["Called"] = call.To,
            ["CallStatus"] = call.Status,
            ["ApiVersion"] = ApiVersion,
            ["Direction"] = call.Direction,
        };
        if (call.Setup.ParentCallSid is { } parent)
        {
            parameters["ParentCallSid"] = parent;
        }
        return parameters;
    }

    public static Dictionary<string, string> With(this Dictionary<string, string> parameters, IReadOnlyDictionary<string, string>? extra)
    {
        if (extra is not null)
        {
            foreach (var (key, value) in extra)
            {
                parameters[key] = value;
            }
        }
        return parameters;
    }
}
