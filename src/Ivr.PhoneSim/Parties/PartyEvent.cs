namespace Ivr.PhoneSim.Parties;

/// <summary>Something that happened on a party's call. <see cref="Detail"/> is the text heard, the digits sent or the other leg's CallSid.</summary>
public sealed record PartyEvent(PartyEventKind Kind, DateTimeOffset At, string? Detail = null);
