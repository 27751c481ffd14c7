using System.Text.RegularExpressions;

namespace Ivr.Server.Staffing;

/// <summary>
/// A counselor id is also their softphone's Twilio Client identity (<c>client:{id}</c>) and a Redis field, so it keeps
/// to characters every one of those accepts (Twilio refuses spaces, delimiters and "unwise" characters: error 31105).
/// </summary>
public static partial class CounselorIds
{
    public const string Rule = "A counselor id is 1-64 letters, digits, '-' or '_'.";

    public static bool IsValid(string id) => Pattern().IsMatch(id);

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex Pattern();
}
