using System.Text.Json;
using Ivr.Acd.Model;
using Ivr.Acd.Routing;
using Ivr.Acd.Scripts;
using StackExchange.Redis;

namespace Ivr.Acd.Engine;

public sealed partial class AcdEngine
{
    /// <summary>Adds a counselor (signed out) or changes their skills, teams and wrap-up, also while signed in.</summary>
    public async Task<PresenceResult> UpsertCounselorAsync(CounselorProfile profile, string? operationId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(profile.Id);
        foreach (var (language, level) in profile.Skills)
        {
            RulesPayload.ValidateLanguage(language);
            ArgumentOutOfRangeException.ThrowIfLessThan(level, 1, nameof(profile));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 5, nameof(profile));
        }
        if (profile.Teams.FirstOrDefault(team => !RoutingTag.IsValid(team)) is { } invalid)
        {
            throw new ArgumentException($"Team '{invalid}' must be {RoutingTag.Rule}.", nameof(profile));
        }
        var data = JsonSerializer.Serialize(new
        {
            sk = profile.Skills.Count == 0 ? new Dictionary<string, int> { } : profile.Skills,
            tm = profile.Teams.Distinct(StringComparer.Ordinal),
            wl = profile.WrapUp is { } wrapUp ? (long)wrapUp.TotalMilliseconds : -1,
        });
        return await PresenceAsync(AcdScripts.UpsertCounselor, Arguments(operationId) with { Id = profile.Id, Data = data });
    }

    /// <summary>Removes a signed-out counselor; refused while signed in.</summary>
    public Task<PresenceResult> RemoveCounselorAsync(string counselorId, string? operationId = null) =>
        PresenceAsync(AcdScripts.RemoveCounselor, Arguments(operationId) with { Id = counselorId });

    public Task<PresenceResult> SignInAsync(string counselorId, string? operationId = null) =>
        ChangePresenceAsync(counselorId, "available", "sign-in", operationId);

    /// <summary>Available again after a break, the Missed state, or wrap-up.</summary>
    public Task<PresenceResult> SetAvailableAsync(string counselorId, string? operationId = null) =>
        ChangePresenceAsync(counselorId, "available", "available", operationId);

    public Task<PresenceResult> SetBreakAsync(string counselorId, string reason, string? operationId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(reason);
        if (Settings.BreakReasons.Count > 0 && !Settings.BreakReasons.Contains(reason))
        {
            throw new ArgumentException($"Unknown break reason '{reason}'.", nameof(reason));
        }
        return ChangePresenceAsync(counselorId, "break", reason, operationId);
    }

    /// <summary>Signs out; a pending reservation is undone and its caller goes back to the head of the line.</summary>
    public Task<PresenceResult> SignOutAsync(string counselorId, string? operationId = null) =>
        ChangePresenceAsync(counselorId, "signout", "sign-out", operationId);

    /// <summary>The counselor is ready before the wrap-up limit.</summary>
    public Task<PresenceResult> WrapUpDoneAsync(string counselorId, string? operationId = null) =>
        ChangePresenceAsync(counselorId, "wrapdone", "ready", operationId);

    public async Task<CounselorStatus?> GetCounselorAsync(string counselorId)
    {
        var json = await redis.HashGetAsync(Keys.Agents, counselorId);
        return json.IsNull ? null : ToStatus(counselorId, json!);
    }

    /// <summary>Every counselor's live record, read a page at a time (HSCAN): for audits, never for routing.</summary>
    public async IAsyncEnumerable<CounselorStatus> ScanCounselorsAsync()
    {
        await foreach (var entry in redis.HashScanAsync(Keys.Agents, pageSize: 500))
        {
            yield return ToStatus(entry.Name!, entry.Value!);
        }
    }

    private static CounselorStatus ToStatus(string counselorId, string json)
    {
        var record = new ScriptResult(JsonDocument.Parse(json).RootElement.Clone());
        var skills = record.Root.TryGetProperty("sk", out var sk) && sk.ValueKind == JsonValueKind.Object
            ? sk.EnumerateObject().ToDictionary(skill => skill.Name, skill => skill.Value.GetInt32())
            : [];
        string? Optional(string name) => record.Str(name) is { Length: > 0 } value ? value : null;
        return new CounselorStatus(counselorId, ScriptResult.CounselorStateOf(record.Str("st")) ?? CounselorState.Offline, skills,
            Optional("br"), Optional("res"), Optional("call"), (int)record.Long("na"), record.Bool("ix"));
    }

    private Task<PresenceResult> ChangePresenceAsync(string counselorId, string action, string reason, string? operationId) =>
        PresenceAsync(AcdScripts.Presence, Arguments(operationId) with { Id = counselorId, Action = action, Reason = reason });

    private async Task<PresenceResult> PresenceAsync(LuaScript script, ScriptArguments arguments)
    {
        var result = await RunAsync(script, arguments);
        var outcome = result.Str("o") switch
        {
            "ok" => PresenceOutcome.Changed,
            "unknown" => PresenceOutcome.UnknownCounselor,
            _ => PresenceOutcome.Refused,
        };
        var matches = outcome == PresenceOutcome.Changed ? await MatchAsync(result, result.Str("l")) : [];
        return new PresenceResult(outcome, ScriptResult.CounselorStateOf(result.Str("st")), matches);
    }
}
