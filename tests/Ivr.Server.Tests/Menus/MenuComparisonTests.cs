using Ivr.Server.Menus;

namespace Ivr.Server.Tests.Menus;

public sealed class MenuComparisonTests
{
    private static readonly MenuDefinition Default = DefaultMenu.Definition;

    [Test]
    public void SameMenu_HasNoDifferences() =>
        Assert.That(MenuComparison.Compare(Default, Default with { }), Is.Empty);

    [Test]
    public void MenuWideSetting_AddedAndRemovedNodes_AndAChangedNodeField_AreEachNamed()
    {
        var extra = new MenuNode { Id = "police", Prompts = ["greeting"] };
        var after = Default with
        {
            BargeIn = !Default.BargeIn,
            Nodes = [.. Default.Nodes.Where(node => node.Id != "fax").Select(node => node.Id == DefaultMenu.Main ? node with { TimeoutSeconds = 9 } : node), extra],
        };

        var differences = MenuComparison.Compare(Default, after);

        Assert.That(differences.Select(difference => (difference.Path, difference.Change)), Is.EquivalentTo(new[]
        {
            ("bargeIn", "changed"), ("nodes/main/timeoutSeconds", "changed"), ("nodes/fax", "removed"), ("nodes/police", "added"),
        }));
        Assert.That(differences.Single(difference => difference.Path == "nodes/main/timeoutSeconds").After!.GetValue<int>(), Is.EqualTo(9));
    }
}
