using Ivr.Server.Telephony;

namespace Ivr.Server.FollowUps;

/// <summary>A completed message as its status callback told it, with the language and protected number of its URL, and when it came.</summary>
public sealed record MessageRecording(TwilioRecordingStatus Status, string Language, string? CallerProtected, DateTimeOffset At);
