using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ivr.Server.Menus;

/// <summary>
/// What changed between two menu versions, field by field: menu-wide settings by name (<c>bargeIn</c>), nodes by id
/// (<c>nodes/offices</c> added or removed, <c>nodes/main/options</c> changed). Compares the menus' one JSON form,
/// so a field added to the definition later is compared without touching this code.
/// </summary>
public static class MenuComparison
{
    public sealed record Difference(string Path, string Change, JsonNode? Before, JsonNode? After);

    public static IReadOnlyList<Difference> Compare(MenuDefinition before, MenuDefinition after)
    {
        var (left, right) = (ToJson(before), ToJson(after));
        var differences = CompareFields("", Without(left, "nodes"), Without(right, "nodes")).ToList();
        var leftNodes = Nodes(left);
        var rightNodes = Nodes(right);
        foreach (var id in leftNodes.Keys.Union(rightNodes.Keys))
        {
            var path = "nodes/" + id;
            differences.AddRange((leftNodes.GetValueOrDefault(id), rightNodes.GetValueOrDefault(id)) switch
            {
                (null, { } added) => [new Difference(path, "added", null, added.DeepClone())],
                ({ } removed, null) => [new Difference(path, "removed", removed.DeepClone(), null)],
                var (was, now) => CompareFields(path + "/", was!, now!),
            });
        }
        return differences;
    }

    private static IEnumerable<Difference> CompareFields(string prefix, JsonObject before, JsonObject after) =>
        before.Select(field => field.Key).Union(after.Select(field => field.Key))
            .Where(name => !JsonNode.DeepEquals(before[name], after[name]))
            .Select(name => new Difference(prefix + name,
                !before.ContainsKey(name) ? "added" : !after.ContainsKey(name) ? "removed" : "changed",
                before[name]?.DeepClone(), after[name]?.DeepClone()));

    private static JsonObject ToJson(MenuDefinition menu) => JsonSerializer.SerializeToNode(menu, JsonSerializerOptions.Web)!.AsObject();

    private static JsonObject Without(JsonObject menu, string name)
    {
        var copy = menu.DeepClone().AsObject();
        copy.Remove(name);
        return copy;
    }

    private static Dictionary<string, JsonObject> Nodes(JsonObject menu) =>
        menu["nodes"]!.AsArray().OfType<JsonObject>().ToDictionary(node => node["id"]!.GetValue<string>(), StringComparer.Ordinal);
}
