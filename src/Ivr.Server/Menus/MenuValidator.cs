using Ivr.Acd.Routing;
using Ivr.Server.Hours;

namespace Ivr.Server.Menus;

/// <summary>
/// Refuses a menu that would strand a caller: a missing or dangling node, an unreachable node or language, an
/// unknown action (in a node or on hold), or a prompt without text in a language the node can play. Pure.
/// </summary>
public static class MenuValidator
{
    private const string Menu = "menu";

    /// <summary>Far more than any helpline's menu; a bound on what every call's step must search and every instance keep.</summary>
    public const int MaxNodes = 200;

    /// <summary>The hold loop's pause between announcements: long enough not to hammer the server, short enough to reassure.</summary>
    public const int MinHoldAnnouncementSeconds = 10, MaxHoldAnnouncementSeconds = 300;

    public static IReadOnlyList<MenuValidationError> Validate(MenuDefinition menu, HoursDirectory hours, IPromptTexts prompts)
    {
        var errors = new List<MenuValidationError>();
        if (menu.Nodes.Count > MaxNodes)
        {
            return [new(Menu, $"the menu has {menu.Nodes.Count} nodes; at most {MaxNodes} are allowed")];
        }
        if (menu.HoldAnnouncementSeconds is < MinHoldAnnouncementSeconds or > MaxHoldAnnouncementSeconds)
        {
            errors.Add(new(Menu, $"holdAnnouncementSeconds must be between {MinHoldAnnouncementSeconds} and {MaxHoldAnnouncementSeconds}"));
        }
        var ids = menu.Nodes.GroupBy(node => node.Id).ToList();
        errors.AddRange(ids.Where(group => group.Count() > 1).Select(group => new MenuValidationError(group.Key, "the id is used by more than one node")));
        if (menu.Find(menu.StartNode) is null)
        {
            errors.Add(new(Menu, $"start node '{menu.StartNode}' does not exist"));
            return errors;
        }

        foreach (var node in menu.Nodes)
        {
            CheckNode(menu, node, errors);
        }
        CheckHoldOptions(menu, errors);
        CheckAfterHoursOptions(menu, errors);

        var reachable = Reachable(menu);
        errors.AddRange(menu.Nodes.Where(node => !reachable.Contains(node.Id))
            .Select(node => new MenuValidationError(node.Id, $"unreachable from the start node '{menu.StartNode}'")));
        if (!menu.Nodes.Any(node => node.LanguageSelection && reachable.Contains(node.Id)))
        {
            errors.Add(new(Menu, "no reachable node offers language selection: no language but the default can be reached"));
        }

        var languages = hours.Enabled.Select(language => language.Code).ToList();
        foreach (var code in menu.GreetingLanguages.Append(menu.DefaultLanguage).Append(menu.FallbackLanguage).Concat(menu.Fallbacks.Values).Distinct())
        {
            if (!languages.Contains(code))
            {
                errors.Add(new(Menu, $"language '{code}' (greeting, default or fallback) is not an enabled language"));
            }
        }

        var holdPrompts = menu.HoldOptions.Values.Select(MenuActions.TargetTag).OfType<string>().Where(RoutingTag.IsValid).Select(PromptKeys.Tagged);
        foreach (var (node, key) in menu.Nodes.SelectMany(node => node.Prompts.Concat([node.InvalidPrompt, node.NoInputPrompt]).Select(key => (node.Id, key)))
                     .Concat(PromptKeys.System.Concat(holdPrompts).Select(key => (Menu, key))))
        {
            CheckPrompt(node, PromptKeys.Expands(key) ? PromptKeys.LanguageOffer : key, languages, prompts, errors);
        }
        return errors;
    }

    private static void CheckNode(MenuDefinition menu, MenuNode node, List<MenuValidationError> errors)
    {
        foreach (var (key, action) in node.Options.Append(new("default", node.DefaultAction)))
        {
            if (key != "default" && (key.Length != 1 || !char.IsAsciiDigit(key[0])))
            {
                errors.Add(new(node.Id, $"option '{key}' is not a single key 0-9"));
            }
            if (!MenuActions.IsKnown(action))
            {
                errors.Add(new(node.Id, $"option '{key}' has unknown action '{action}'"));
            }
            else if (MenuActions.TargetNode(action) is { } target && menu.Find(target) is null)
            {
                errors.Add(new(node.Id, $"option '{key}' goes to node '{target}', which does not exist"));
            }
        }
        if (node.TimeoutSeconds is < 1 or > 60)
        {
            errors.Add(new(node.Id, "timeoutSeconds must be between 1 and 60"));
        }
        if (node.MaxRetries is < 0 or > 5)
        {
            errors.Add(new(node.Id, "maxRetries must be between 0 and 5"));
        }
        errors.AddRange(node.QueueTags.Where(tag => !RoutingTag.IsValid(tag))
            .Select(tag => new MenuValidationError(node.Id, $"queue tag '{tag}' must be {RoutingTag.Rule}")));
    }

    private static void CheckHoldOptions(MenuDefinition menu, List<MenuValidationError> errors)
    {
        foreach (var (key, action) in menu.HoldOptions)
        {
            CheckKey("hold option", key, errors);
            if (!MenuActions.IsKnownOnHold(action))
            {
                errors.Add(new(Menu, $"hold option '{key}' has unknown action '{action}' (hours, leave, callback, message, overflow or tag:<tag>)"));
            }
            else if (MenuActions.TargetTag(action) is { } tag && !RoutingTag.IsValid(tag))
            {
                errors.Add(new(Menu, $"hold option '{key}' tags '{tag}', which must be {RoutingTag.Rule}"));
            }
        }
    }

    private static void CheckAfterHoursOptions(MenuDefinition menu, List<MenuValidationError> errors)
    {
        foreach (var (key, action) in menu.AfterHoursOptions)
        {
            CheckKey("after-hours option", key, errors);
            if (!MenuActions.IsKnownAfterHours(action))
            {
                errors.Add(new(Menu, $"after-hours option '{key}' has unknown action '{action}' (message)"));
            }
        }
    }

    private static void CheckKey(string what, string key, List<MenuValidationError> errors)
    {
        if (key.Length != 1 || !char.IsAsciiDigit(key[0]))
        {
            errors.Add(new(Menu, $"{what} '{key}' is not a single key 0-9"));
        }
    }

    private static void CheckPrompt(string node, string key, List<string> languages, IPromptTexts prompts, List<MenuValidationError> errors)
    {
        if (!prompts.IsKnown(key))
        {
            errors.Add(new(node, $"prompt '{key}' is not in the prompt manifest"));
            return;
        }
        var missing = languages.Where(language => !prompts.HasText(key, language)).ToList();
        if (missing.Count > 0)
        {
            errors.Add(new(node, $"prompt '{key}' has no text in {string.Join(", ", missing)}"));
        }
    }

    private static HashSet<string> Reachable(MenuDefinition menu)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([menu.StartNode]);
        while (pending.TryPop(out var id))
        {
            if (menu.Find(id) is { } node && seen.Add(id))
            {
                foreach (var target in node.Options.Values.Append(node.DefaultAction).Select(MenuActions.TargetNode).OfType<string>())
                {
                    pending.Push(target);
                }
            }
        }
        return seen;
    }
}
