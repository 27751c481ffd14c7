using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Ivr.Server.Telephony;

/// <summary>
/// A telephone number in E.164 form as Twilio dials it: '+', a country code that does not start with 0, and 7-15
/// digits in all (+8221234567). The one rule for every number the server dials or shows as the caller.
/// </summary>
public static partial class E164Number
{
    /// <summary>The rule as a pattern, for options validated by <c>[RegularExpression]</c>.</summary>
    public const string Pattern = @"^\+[1-9][0-9]{6,14}$";

    public const string Example = "+8221234567";

    public static bool IsValid([NotNullWhen(true)] string? number) => number is not null && Regex().IsMatch(number);

    [GeneratedRegex(Pattern)]
    private static partial Regex Regex();
}
