namespace Ivr.PhoneSim.Calls;

/// <summary>
/// Calls create's answering machine detection: MachineDetection Enable | DetectMessageEnd, MachineDetectionTimeout
/// (30 s, then AnsweredBy "unknown"), AsyncAmd with its AsyncAmdStatusCallback (twilio.com/docs/voice/answering-machine-detection).
/// </summary>
public sealed record MachineDetectionSetup(string Mode, TimeSpan Timeout, bool Async = false, Uri? AsyncCallback = null, string AsyncCallbackMethod = "POST")
{
    public const string Enable = "Enable";
    public const string DetectMessageEnd = "DetectMessageEnd";
}
