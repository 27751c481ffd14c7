using Ivr.Server.Menus;
using Ivr.Server.Prompts;
using Ivr.Server.Tests.Hours;
using Ivr.Server.Tests.Prompts;

namespace Ivr.Server.Tests.Menus;

public sealed class MenuValidatorTests
{
    private static IReadOnlyList<MenuValidationError> Validate(MenuDefinition menu) =>
        MenuValidator.Validate(menu, TestHours.Directory(), TestPrompts.Manifest);

    private static MenuDefinition WithMain(Func<MenuNode, MenuNode> change) => DefaultMenu.Definition with
    {
        Nodes = [.. DefaultMenu.Definition.Nodes.Select(node => node.Id == DefaultMenu.Main ? change(node) : node)],
    };

    [Test]
    public void Validate_DefaultMenu_HasNoErrors() => Assert.That(Validate(DefaultMenu.Definition), Is.Empty);

    [TestCase(0)]
    [TestCase(9)]
    [TestCase(301)]
    public void Validate_HoldAnnouncementOutOfRange_IsRefused(int seconds) =>
        Assert.That(Validate(DefaultMenu.Definition with { HoldAnnouncementSeconds = seconds }).Select(error => error.ToString()),
            Is.EqualTo(new[] { "node 'menu': holdAnnouncementSeconds must be between 10 and 300" }));

    [Test]
    public void Validate_MoreNodesThanAllowed_IsRefusedBeforeAnythingElseIsChecked()
    {
        var extra = Enumerable.Range(0, MenuValidator.MaxNodes).Select(i => DefaultMenu.Definition.Nodes[0] with { Id = $"extra-{i}" });
        var menu = DefaultMenu.Definition with { Nodes = [.. DefaultMenu.Definition.Nodes, .. extra] };

        Assert.That(Validate(menu).Select(error => error.ToString()),
            Is.EqualTo(new[] { $"node 'menu': the menu has {menu.Nodes.Count} nodes; at most 200 are allowed" }));
    }

    [Test]
    public void Validate_OptionToAMissingNode_NamesTheNodeAndTheTarget()
    {
        var menu = WithMain(main => main with { Options = new Dictionary<string, string>(main.Options) { ["4"] = MenuActions.Node("nowhere") } });

        Assert.That(Validate(menu).Select(error => error.ToString()),
            Does.Contain("node 'main': option '4' goes to node 'nowhere', which does not exist"));
    }

    [Test]
    public void Validate_QueueTagWithSpacesOrCapitals_NamesTheNodeAndTheTag()
    {
        var menu = WithMain(main => main with { QueueTags = ["victim-support", "Victim Support"] });

        Assert.That(Validate(menu).Select(error => error.ToString()),
            Is.EqualTo(new[] { "node 'main': queue tag 'Victim Support' must be 1-32 lower-case letters, digits or '-'" }));
    }

    [Test]
    public void Validate_NodeNothingLeadsTo_IsUnreachable()
    {
        var menu = WithMain(main => main with { Options = new Dictionary<string, string> { ["1"] = MenuActions.Node("offices"), ["2"] = MenuActions.Node("visa"), ["0"] = MenuActions.Queue } });

        Assert.That(Validate(menu), Does.Contain(new MenuValidationError("fax", "unreachable from the start node 'main'")));
    }

    [Test]
    public void Validate_NoLanguageSelection_SaysLanguagesAreUnreachable()
    {
        var menu = DefaultMenu.Definition with { Nodes = [.. DefaultMenu.Definition.Nodes.Select(node => node with { LanguageSelection = false })] };

        var errors = Validate(menu);

        Assert.That(errors.Single().Message, Does.Contain("no language but the default can be reached"));
    }

    [Test]
    public void Validate_PromptWithoutTextInSomeLanguages_NamesNodePromptAndLanguages()
    {
        var manifest = new PromptManifest(TestPrompts.Manifest.Texts.ToDictionary(
            pair => pair.Key,
            pair => pair.Key == "fax-info"
                ? (IReadOnlyDictionary<string, string>)pair.Value.Where(text => text.Key is not ("km" or "mn")).ToDictionary()
                : pair.Value));

        var errors = MenuValidator.Validate(DefaultMenu.Definition, TestHours.Directory(), manifest);

        Assert.That(errors, Is.EqualTo(new[] { new MenuValidationError("fax", "prompt 'fax-info' has no text in mn, km") }));
    }

    [Test]
    public void Validate_UnknownPromptAndAction_AreReported()
    {
        var errors = Validate(WithMain(main => main with { Prompts = [.. main.Prompts, "no-such-prompt"], DefaultAction = "dance" }));

        Assert.That(errors.Select(error => error.ToString()), Is.EquivalentTo(new[]
        {
            "node 'main': option 'default' has unknown action 'dance'",
            "node 'main': prompt 'no-such-prompt' is not in the prompt manifest",
        }));
    }

    [Test]
    public void Validate_HoldOptionsWithAWideKeyAnUnknownActionOrABadTag_AreReported()
    {
        var menu = DefaultMenu.Definition with
        {
            HoldOptions = new Dictionary<string, string> { ["12"] = MenuActions.Hours, ["4"] = "dance", ["6"] = MenuActions.Tag("Victim Support") },
        };

        Assert.That(Validate(menu).Select(error => error.ToString()), Is.EquivalentTo(new[]
        {
            "node 'menu': hold option '12' is not a single key 0-9",
            "node 'menu': hold option '4' has unknown action 'dance' (hours, leave, callback, message, overflow or tag:<tag>)",
            "node 'menu': hold option '6' tags 'Victim Support', which must be 1-32 lower-case letters, digits or '-'",
        }));
    }

    [Test]
    public void Validate_AfterHoursOptionsWithAWideKeyOrAnActionOtherThanMessage_AreReported()
    {
        var menu = DefaultMenu.Definition with
        {
            AfterHoursOptions = new Dictionary<string, string> { ["33"] = MenuActions.Message, ["4"] = MenuActions.Leave },
        };

        Assert.That(Validate(menu).Select(error => error.ToString()), Is.EquivalentTo(new[]
        {
            "node 'menu': after-hours option '33' is not a single key 0-9",
            "node 'menu': after-hours option '4' has unknown action 'leave' (message)",
        }));
    }

    [Test]
    public void Validate_HoldTagWithoutItsPrompt_NamesThePrompt()
    {
        var menu = DefaultMenu.Definition with { HoldOptions = new Dictionary<string, string> { ["5"] = MenuActions.Tag("legal") } };

        Assert.That(Validate(menu).Select(error => error.ToString()),
            Is.EqualTo(new[] { "node 'menu': prompt 'tagged-legal' is not in the prompt manifest" }));
    }

    [Test]
    public void Validate_MissingStartNode_IsReported() =>
        Assert.That(Validate(DefaultMenu.Definition with { StartNode = "lobby" }).Single().ToString(),
            Is.EqualTo("node 'menu': start node 'lobby' does not exist"));
}
