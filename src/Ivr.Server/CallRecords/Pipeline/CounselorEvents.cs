namespace Ivr.Server.CallRecords.Pipeline;

/// <summary>
/// Event types the writer reads that the shared contract does not have yet (proposed in CallEventTypes.cs).
/// </summary>
public static class CounselorEvents
{
    /// <summary>A counselor's idle period ended: fields counselor, seconds. CallSid is empty. Gives occupancy its idle time.</summary>
    public const string Idle = global::Ivr.Acd.Events.CallEventTypes.CounselorIdle;
}
