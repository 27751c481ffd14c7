using Ivr.Acd.Model;
using Ivr.Acd.Routing;
using Ivr.Acd.Scripts;
using Ivr.Acd.Scripts.Answers;
using Ivr.Acd.Scripts.Arguments;
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
    private volatile RoutingTable table;

    public AcdEngine(IDatabase redis, AcdSettings settings, TimeProvider time)
    {
        RulesPayload.Validate(settings);
        this.redis = redis;
        this.time = time;
        Keys = new AcdKeys(new ContactCenterKeys(settings.ContactCenter));
        table = new RoutingTable(settings, Keys);
    }

    public AcdSettings Settings => table.Settings;

    public AcdKeys Keys { get; }

    public IReadOnlyCollection<string> Languages => table.Rules.Keys;

    /// <summary>
    /// Routes by these rules from the next operation on: a language added by operations staff gets its queue
    /// without a restart. A language left out keeps its waiting callers, but nobody new is matched to them.
    /// </summary>
    public void ReplaceRules(IReadOnlyList<RoutingRule> rules)
    {
        var settings = table.Settings with { Rules = rules };
        RulesPayload.Validate(settings);
        table = new RoutingTable(settings, Keys);
    }

    private ScriptContext Context(string? operationId) =>
        new(Keys, time.GetUtcNow(), operationId ?? Guid.NewGuid().ToString("N"), Settings.OperationMemory);

    private async Task<TAnswer> RunAsync<TArguments, TAnswer>(AcdScript<TArguments> script, TArguments arguments)
        where TArguments : ScriptArguments =>
        ScriptAnswer.Read<TAnswer>(await script.EvaluateAsync(redis, arguments));

    private Task<ChangeAnswer> ChangeAsync<TArguments>(AcdScript<TArguments> script, TArguments arguments)
        where TArguments : ScriptArguments =>
        RunAsync<TArguments, ChangeAnswer>(script, arguments);

    private string Today()
    {
        var local = TimeZoneInfo.ConvertTime(time.GetUtcNow(), Settings.StatisticsTimeZone);
        return local.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
    }

    private RoutingRule RuleFor(string language) =>
        table.Rules.TryGetValue(language, out var rule) ? rule : throw UnknownLanguage(language);

    private static ArgumentException UnknownLanguage(string language) =>
        new($"No routing rule for language '{language}'.", nameof(language));
}
