using System.Security.Cryptography;

namespace Ivr.PhoneSim.Twilio;

/// <summary>Twilio-shaped identifiers: a two-letter prefix and 32 lower-case hex digits.</summary>
public static class Sids
{
    public const string CallPrefix = "CA";
    public const string QueuePrefix = "QU";
    public const string ConferencePrefix = "CF";
    public const string RecordingPrefix = "RE";

    public static string New(string prefix) => prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
