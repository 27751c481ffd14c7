using ArchUnitNET.Domain;
using ArchUnitNET.Loader;

namespace Ivr.Server.Tests;

/// <summary>
/// The server's feature folders (`Ivr.Server.Menus`, `Ivr.Server.Hours`, ...) depend on each other one way only, so a
/// folder can be read, moved or tested with what it uses, never with what uses it. `Hosting` composes them all.
/// </summary>
public sealed class FeatureFolderTests
{
    private const string Root = "Ivr.Server.";

    [Test]
    public void FeatureFolders_DependOnEachOtherWithoutCycles()
    {
        var edges = FolderDependencies();
        var onCycles = edges.Where(edge => Reaches(edges, edge.Key.To, edge.Key.From))
            .Select(edge => $"{edge.Key.From} -> {edge.Key.To} (e.g. {edge.Value})").Order().ToList();

        Assert.That(onCycles, Is.Empty, "Feature folders that depend on each other in a cycle:\n" + string.Join("\n", onCycles));
    }

    [Test]
    public void FeatureFolders_AreFound()
    {
        var folders = FolderDependencies().Keys.SelectMany(edge => new[] { edge.From, edge.To }).ToHashSet();

        Assert.That(folders, Is.SupersetOf(new[] { "Ivr", "Menus", "Hours", "Configuration", "Queueing", "CallControl", "Hosting" }));
    }

    /// <summary>Each folder-to-folder dependency, with one type-level dependency behind it as the example.</summary>
    private static Dictionary<(string From, string To), string> FolderDependencies()
    {
        var server = new ArchLoader().LoadAssemblies(typeof(Program).Assembly).Build();
        var edges = new Dictionary<(string From, string To), string>();
        foreach (var dependency in server.Types.SelectMany(type => type.Dependencies))
        {
            if (Folder(dependency.Origin) is { } from && Folder(dependency.Target) is { } to && from != to)
            {
                edges.TryAdd((from, to), $"{dependency.Origin.FullName} -> {dependency.Target.FullName}");
            }
        }
        return edges;
    }

    // Types the compiler makes (the inline array behind a params span, for one) have no namespace: no folder.
    private static string? Folder(IType type) =>
        type.Namespace?.FullName.StartsWith(Root, StringComparison.Ordinal) == true
            ? type.Namespace.FullName[Root.Length..].Split('.')[0]
            : null;

    private static bool Reaches(Dictionary<(string From, string To), string> edges, string from, string to)
    {
        var seen = new HashSet<string> { from };
        var pending = new Queue<string>([from]);
        while (pending.TryDequeue(out var folder))
        {
            if (folder == to)
            {
                return true;
            }
            foreach (var next in edges.Keys.Where(edge => edge.From == folder).Select(edge => edge.To).Where(seen.Add))
            {
                pending.Enqueue(next);
            }
        }
        return false;
    }
}
