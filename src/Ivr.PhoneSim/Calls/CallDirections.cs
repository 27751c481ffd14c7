namespace Ivr.PhoneSim.Calls;

public static class CallDirections
{
    public const string Inbound = "inbound";
    public const string OutboundApi = "outbound-api";
    public const string OutboundDial = "outbound-dial";
}
