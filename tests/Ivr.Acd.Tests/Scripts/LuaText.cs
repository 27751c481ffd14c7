using System.Text.RegularExpressions;
using Ivr.Acd.Scripts;

namespace Ivr.Acd.Tests.Scripts;

/// <summary>What the Lua tests read from the scripts' text: code without comments and strings, names defined and used.</summary>
internal static partial class LuaText
{
    /// <summary>Every helper's top-level names (<c>local function f</c>, <c>local x =</c>) and the helper defining each.</summary>
    public static Dictionary<string, string> HelperOfName() => LuaSource.Helpers
        .SelectMany(helper => TopLevelNames(LuaSource.Helper(helper)).Select(name => (name, helper)))
        .ToDictionary(pair => pair.name, pair => pair.helper, StringComparer.Ordinal);

    public static IEnumerable<string> TopLevelNames(string lua) =>
        TopLevelName().Matches(Code(lua)).Select(match => match.Groups[1].Value);

    /// <summary>Names this text uses (not fields, not keys of a table constructor, not assigned).</summary>
    public static HashSet<string> UsedNames(string lua) =>
        [.. Identifier().Matches(Code(lua)).Select(match => match.Value)];

    /// <summary>The parameters StackExchange.Redis's LuaScript.Prepare finds (<c>@Name</c>, not after a word character or @).</summary>
    public static HashSet<string> Parameters(string lua) =>
        [.. Parameter().Matches(lua).Select(match => match.Groups[1].Value)];

    /// <summary>The names a script's header lists on its <c>KEYS:</c> or <c>ARGV:</c> line.</summary>
    public static HashSet<string> HeaderList(string lua, string label)
    {
        var line = Regex.Match(lua, $"^  {label}: (.*)$", RegexOptions.Multiline);
        return line.Success ? [.. line.Groups[1].Value.Split(", ")] : [];
    }

    private static string Code(string lua) => Strings().Replace(Comments().Replace(lua, ""), "''");

    [GeneratedRegex(@"--\[\[.*?\]\]|--[^\n]*", RegexOptions.Singleline)]
    private static partial Regex Comments();

    [GeneratedRegex(@"'[^'\n]*'|""[^""\n]*""")]
    private static partial Regex Strings();

    [GeneratedRegex(@"^local (?:function )?([A-Za-z_]\w*)", RegexOptions.Multiline)]
    private static partial Regex TopLevelName();

    [GeneratedRegex(@"(?<![\w.:@])[A-Za-z_]\w*(?!\s*=[^=])")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"(?<![\w@])@([A-Za-z_]\w*)")]
    private static partial Regex Parameter();
}
