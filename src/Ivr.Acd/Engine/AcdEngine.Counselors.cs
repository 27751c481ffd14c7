using System.Text.Json;
using Ivr.Acd.Model;
using Ivr.Acd.Routing;
using Ivr.Acd.Scripts;
using Ivr.Acd.Scripts.Answers;
using Ivr.Acd.Scripts.Arguments;
using Ivr.Acd.Scripts.Records;

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
        return await PresenceAsync(AcdScripts.UpsertCounselor, new UpsertCounselorArguments(Context(operationId)) { CounselorId = profile.Id, Profile = data });
    }

    /// <summary>Removes a signed-out counselor; refused while signed in.</summary>
    public Task<PresenceResult> RemoveCounselorAsync(string counselorId, string? operationId = null) =>
        PresenceAsync(AcdScripts.RemoveCounselor, new RemoveCounselorArguments(Context(operationId)) { CounselorId = counselorId });

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
        var record = ScriptAnswer.Read<CounselorRecord>(json);
        return new CounselorStatus(counselorId, StateNames.CounselorStateOf(record.State) ?? CounselorState.Offline, record.Skills,
            Optional(record.BreakReason), Optional(record.ReservationId), Optional(record.CallSid), (int)record.NoAnswersInARow, record.Routable,
            record.StateSince > 0 ? DateTimeOffset.FromUnixTimeMilliseconds((long)record.StateSince) : null);
    }

    private Task<PresenceResult> ChangePresenceAsync(string counselorId, string action, string reason, string? operationId) =>
        PresenceAsync(AcdScripts.Presence, new PresenceArguments(Context(operationId))
        {
            CounselorId = counselorId,
            Action = action,
            Reason = reason,
            Config = table.Config,
        });

    private async Task<PresenceResult> PresenceAsync<TArguments>(AcdScript<TArguments> script, TArguments arguments)
        where TArguments : ScriptArguments
    {
        var result = await ChangeAsync(script, arguments);
        var outcome = result.Outcome switch
        {
            "ok" => PresenceOutcome.Changed,
            "unknown" => PresenceOutcome.UnknownCounselor,
            _ => PresenceOutcome.Refused,
        };
        var matches = outcome == PresenceOutcome.Changed ? await MatchAsync(result, result.Language) : [];
        return new PresenceResult(outcome, StateNames.CounselorStateOf(result.State), matches);
    }
}
