namespace Ivr.Server.Menus;

/// <summary>Something the call record should know (a <c>CallEventTypes</c> type and its fields).</summary>
public sealed record MenuHappening(string Type, IReadOnlyDictionary<string, string> Fields);
