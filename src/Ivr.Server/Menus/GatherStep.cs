namespace Ivr.Server.Menus;

/// <summary>Play <see cref="Before"/> and the node's prompts and gather keys; <see cref="Language"/> null plays the greeting languages.</summary>
public sealed record GatherStep(MenuNode Node, string? Language, IReadOnlyList<PromptRef> Before) : MenuStep;
