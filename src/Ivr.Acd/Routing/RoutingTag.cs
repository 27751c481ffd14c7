using System.Text.RegularExpressions;

namespace Ivr.Acd.Routing;

/// <summary>
/// A caller's topic tag or a counselor's team (victim-support, interpretation, legal): lower-case letters, digits
/// and '-', so a tag never holds the separators of the ACD's index members.
/// </summary>
public static partial class RoutingTag
{
    public const string Rule = "1-32 lower-case letters, digits or '-'";

    public static bool IsValid(string tag) => Pattern().IsMatch(tag);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,31}$")]
    private static partial Regex Pattern();
}
