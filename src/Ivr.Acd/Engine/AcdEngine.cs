using Ivr.Acd.Model;
using Ivr.Acd.Routing;
using Ivr.Acd.Scripts;
using StackExchange.Redis;

namespace Ivr.Acd.Engine;

/// <summary>
/// The skills-based ACD over Redis. Every state change is one Lua script; nothing in this object is authoritative,
/// so any number of engines (one per server instance) may share a contact center. Operations that make a counselor
/// routable or put a caller in line run matching for the languages concerned and return the reservations made,
/// which the caller of the engine dispatches (rings the counselor).
/// </summary>
public sealed partial class AcdEngine
{
    private const int MaxMatchesPerTrigger = 1000;

    private readonly IDatabase redis;
    private readonly TimeProvider time;
    private readonly Dictionary<string, RoutingRule> rules;
    private readonly Dictionary<string, string> rulePayloads;
    private readonly Dictionary<string, ScriptArguments> matchArguments;
    private readonly Dictionary<string, string[]> overflowSources;
    private readonly string config;

    public AcdEngine(IDatabase redis, AcdSettings settings, TimeProvider time)
    {
        RulesPayload.Validate(settings);
        this.redis = redis;
        this.time = time;
        Settings = settings;
        Keys = new AcdKeys(new ContactCenterKeys(settings.ContactCenter));
        rules = settings.Rules.ToDictionary(rule => rule.Language, StringComparer.Ordinal);
        rulePayloads = settings.Rules.ToDictionary(rule => rule.Language, RulesPayload.ForLanguage, StringComparer.Ordinal);
        matchArguments = settings.Rules.ToDictionary(rule => rule.Language, rule => Keys.Arguments("", DateTimeOffset.UnixEpoch, TimeSpan.Zero) with
        {
            Language = rule.Language,
            Rule = RulesPayload.ForMatch(rule),
            Timeout = (long)settings.ReservationTimeout.TotalMilliseconds,
        }, StringComparer.Ordinal);
        overflowSources = settings.Rules
            .Where(rule => rule.Overflow is not null)
            .GroupBy(rule => rule.Overflow!.ToLanguage)
            .ToDictionary(group => group.Key, group => group.Select(rule => rule.Language).ToArray(), StringComparer.Ordinal);
        config = RulesPayload.ForAll(settings);
    }

    public AcdSettings Settings { get; }

    public AcdKeys Keys { get; }

    public IReadOnlyCollection<string> Languages => rules.Keys;

    private ScriptArguments Arguments(string? operationId) =>
        Keys.Arguments(operationId ?? Guid.NewGuid().ToString("N"), time.GetUtcNow(), Settings.OperationMemory) with { Config = config };

    private async Task<ScriptResult> RunAsync(LuaScript script, ScriptArguments arguments) =>
        ScriptResult.From(await script.EvaluateAsync(redis, arguments));

    private string Today()
    {
        var local = TimeZoneInfo.ConvertTime(time.GetUtcNow(), Settings.StatisticsTimeZone);
        return local.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
    }

    private RoutingRule RuleFor(string language) =>
        rules.TryGetValue(language, out var rule) ? rule : throw UnknownLanguage(language);

    private static ArgumentException UnknownLanguage(string language) =>
        new($"No routing rule for language '{language}'.", nameof(language));
}
