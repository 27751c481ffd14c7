using System.Text;
using System.Text.RegularExpressions;

namespace Ivr.Acd.Scripts;

/// <summary>
/// The ACD's Lua, embedded from <c>Scripts/commands</c> in BullMQ's layout: a script names each helper it uses (from
/// <c>commands/includes</c>) on a <c>--- @include "name"</c> line, and is assembled with every helper it needs once,
/// each after the helpers it includes itself, so every local is defined before it is used.
/// </summary>
internal static partial class LuaSource
{
    private const string CommandFolder = "lua/commands/";
    private const string HelperFolder = "lua/includes/";

    public static IReadOnlyList<string> Commands => Names(CommandFolder);

    public static IReadOnlyList<string> Helpers => Names(HelperFolder);

    public static string Command(string name) => Read(CommandFolder, name);

    public static string Helper(string name) => Read(HelperFolder, name);

    /// <summary>The helpers a script or helper includes itself, in the order it lists them.</summary>
    public static IReadOnlyList<string> IncludesOf(string lua) => [.. IncludeLine().Matches(lua).Select(line => line.Groups[1].Value)];

    /// <summary>The script as Redis runs it: its helpers first (dependencies before dependents), then its own text.</summary>
    public static string Assemble(string command) => WithHelpers(Command(command));

    /// <summary><paramref name="own"/> (Lua naming helpers on <c>--- @include</c> lines) after the helpers it needs.</summary>
    public static string WithHelpers(string own)
    {
        var text = new StringBuilder();
        var added = new HashSet<string>(StringComparer.Ordinal);
        var path = new Stack<string>();
        void Add(string helper)
        {
            if (path.Contains(helper))
            {
                throw new InvalidOperationException($"Lua helpers include each other: {string.Join(" <- ", path.Prepend(helper))}.");
            }
            if (!added.Add(helper))
            {
                return;
            }
            path.Push(helper);
            var lua = Helper(helper);
            foreach (var include in IncludesOf(lua))
            {
                Add(include);
            }
            path.Pop();
            text.Append(WithoutIncludes(lua));
        }
        foreach (var include in IncludesOf(own))
        {
            Add(include);
        }
        return text.Append(WithoutIncludes(own)).ToString();
    }

    private static string WithoutIncludes(string lua) => IncludeLine().Replace(lua, "");

    private static IReadOnlyList<string> Names(string folder) =>
    [
        .. typeof(LuaSource).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(folder, StringComparison.Ordinal))
            .Select(name => name[folder.Length..^".lua".Length])
            .Order(StringComparer.Ordinal),
    ];

    private static string Read(string folder, string name)
    {
        using var stream = typeof(LuaSource).Assembly.GetManifestResourceStream(folder + name + ".lua")
            ?? throw new InvalidOperationException($"No Lua file {folder}{name}.lua is embedded (Scripts/commands, Ivr.Acd.csproj).");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [GeneratedRegex("^--- @include \"([a-z_]+)\"\\r?\\n", RegexOptions.Multiline)]
    private static partial Regex IncludeLine();
}
