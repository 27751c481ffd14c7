namespace Ivr.Server.CallRecords.Model;

/// <summary>Who placed the call: a caller phoning the center, or a counselor calling out from the softphone.</summary>
public static class CallDirections
{
    public const string Inbound = "inbound";

    public const string Outbound = "outbound";
}
