using Ivr.PhoneSim.Parties;

namespace Ivr.PhoneSim.Calls;

/// <summary>What a call is created with: its parties, direction and callbacks.</summary>
public sealed record CallSetup(
    string From,
    string To,
    string Direction,
    IParty Party,
    string? ParentCallSid = null,
    Uri? StatusCallback = null,
    string StatusCallbackMethod = "POST",
    IReadOnlySet<string>? StatusCallbackEvents = null,
    int RingTimeoutSeconds = 60,
    Instruction? Fallback = null,
    MachineDetectionSetup? MachineDetection = null);
