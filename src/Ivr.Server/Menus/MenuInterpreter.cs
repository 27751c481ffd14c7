using Ivr.Acd.Events;
using Ivr.Server.Hours;

namespace Ivr.Server.Menus;

/// <summary>
/// The menu as a pure function: (menu version, position, digits, clock) -> next step. No I/O, so every path is
/// tested directly. <paramref name="digits"/> includes a trailing <c>*</c> when the caller finished with it;
/// null or empty means no input.
/// </summary>
public static class MenuInterpreter
{
    public static MenuTransition Start(MenuDefinition menu, HoursDirectory hours, DateTimeOffset now)
    {
        var start = menu.Find(menu.StartNode) ?? menu.Nodes[0];
        var position = new MenuPosition(start.Id, 0, null);
        return hours.Closure.Active
            ? Closed(menu, hours, position)
            : new MenuTransition(new GatherStep(start, null, []), position, []);
    }

    public static MenuTransition Next(MenuDefinition menu, HoursDirectory hours, MenuPosition position, string? digits, DateTimeOffset now)
    {
        if (hours.Closure.Active)
        {
            return Closed(menu, hours, position);
        }
        // A position from a node this version lacks (should not happen) recovers at the start.
        var node = menu.Find(position.Node) ?? menu.Find(menu.StartNode) ?? menu.Nodes[0];
        var happenings = new List<MenuHappening> { new(CallEventTypes.MenuStep, Fields(("node", node.Id), ("digits", digits ?? ""))) };

        if (string.IsNullOrEmpty(digits))
        {
            return Retry(menu, hours, position with { Node = node.Id }, node, node.NoInputPrompt, now, happenings);
        }
        if (node.LanguageSelection && digits.Length > 1 && digits[^1] == '*' &&
            int.TryParse(digits.AsSpan(0, digits.Length - 1), out var number) && hours.ByMenuNumber(number) is { } chosen)
        {
            return Choose(menu, hours, position with { Node = node.Id }, node, chosen.Code, now, happenings);
        }
        return node.Options.TryGetValue(digits.TrimEnd('*', '#'), out var action)
            ? Apply(menu, hours, position with { Node = node.Id }, node, action, now, happenings)
            : Retry(menu, hours, position with { Node = node.Id }, node, node.InvalidPrompt, now, happenings);
    }

    /// <summary>
    /// The caller chose <paramref name="language"/> at <paramref name="position"/> without keying its number (they took
    /// the offer of the language they chose last time): the step keying its number and <c>*</c> there leads to. A
    /// language the center no longer serves is no choice: the node is played again.
    /// </summary>
    public static MenuTransition ChooseLanguage(MenuDefinition menu, HoursDirectory hours, MenuPosition position, string language, DateTimeOffset now)
    {
        if (hours.Closure.Active)
        {
            return Closed(menu, hours, position);
        }
        var node = menu.Find(position.Node) ?? menu.Find(menu.StartNode) ?? menu.Nodes[0];
        return hours.Find(language) is { Enabled: true }
            ? Choose(menu, hours, position with { Node = node.Id }, node, language, now, [])
            : new MenuTransition(new GatherStep(node, position.Language, []), position with { Node = node.Id }, []);
    }

    private static MenuTransition Choose(MenuDefinition menu, HoursDirectory hours, MenuPosition position, MenuNode node, string language, DateTimeOffset now, List<MenuHappening> happenings)
    {
        happenings.Add(new(CallEventTypes.LanguageChosen, Fields(("language", language))));
        return Queue(menu, hours, position with { Retries = 0, Language = language }, node, now, happenings);
    }

    private static MenuTransition Retry(MenuDefinition menu, HoursDirectory hours, MenuPosition position, MenuNode node, string prompt, DateTimeOffset now, List<MenuHappening> happenings)
    {
        var retries = position.Retries + 1;
        return retries > node.MaxRetries
            ? Apply(menu, hours, position with { Retries = 0 }, node, node.DefaultAction, now, happenings)
            : new MenuTransition(new GatherStep(node, position.Language, [prompt]), position with { Retries = retries }, happenings);
    }

    private static MenuTransition Apply(MenuDefinition menu, HoursDirectory hours, MenuPosition position, MenuNode node, string action, DateTimeOffset now, List<MenuHappening> happenings)
    {
        if (action == MenuActions.Queue)
        {
            return Queue(menu, hours, position, node, now, happenings);
        }
        if (action == MenuActions.Hangup)
        {
            return new MenuTransition(new HangupStep(position.Language ?? menu.DefaultLanguage), position, happenings);
        }
        var target = action == MenuActions.Repeat ? node : menu.Find(MenuActions.TargetNode(action) ?? "") ?? node;
        if (target.SelfService is { } branch)
        {
            happenings.Add(new(CallEventTypes.SelfServiceCompleted, Fields(("branch", branch))));
        }
        return new MenuTransition(new GatherStep(target, position.Language, []), new MenuPosition(target.Id, 0, position.Language), happenings);
    }

    private static MenuTransition Queue(MenuDefinition menu, HoursDirectory hours, MenuPosition position, MenuNode node, DateTimeOffset now, List<MenuHappening> happenings)
    {
        var language = position.Language ?? menu.DefaultLanguage;
        if (hours.IsOpen(language, now))
        {
            return new MenuTransition(new QueueStep(language, node.QueueTags), position with { Retries = 0 }, happenings);
        }
        var alternative = hours.OpenAlternative(language, menu.GreetingLanguages, now)?.Code;
        happenings.Add(new(CallEventTypes.AfterHours, Fields(("language", language))));
        var returnTo = menu.Find(menu.StartNode) ?? node;
        return new MenuTransition(
            new AfterHoursStep(language, hours.NextOpening(language, now), alternative, returnTo, Holiday: hours.HolidayAt(now) is not null),
            new MenuPosition(returnTo.Id, 0, language),
            happenings);
    }

    private static MenuTransition Closed(MenuDefinition menu, HoursDirectory hours, MenuPosition position)
    {
        return new MenuTransition(
            new ClosedStep(position.Language, hours.Closure.Message),
            position,
            [new(CallEventTypes.Closed, Fields(("language", position.Language ?? menu.DefaultLanguage)))]);
    }

    private static Dictionary<string, string> Fields(params (string Key, string Value)[] fields) =>
        fields.ToDictionary(field => field.Key, field => field.Value, StringComparer.Ordinal);
}
