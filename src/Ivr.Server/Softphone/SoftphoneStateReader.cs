using System.Text.Json;
using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using Ivr.Server.Ivr;
using Ivr.Server.Institutions;
using Ivr.Server.Menus;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Ivr.Server.Softphone;

/// <summary>Reads a counselor's softphone state from the ACD, the IVR call session and the call records.</summary>
public sealed class SoftphoneStateReader(AcdEngine engine, IConnectionMultiplexer redis, CallSessionStore sessions, RepeatCallerCounter repeats,
    InstitutionDirectory institutions, IOptions<InstitutionLineOptions> institutionLine, TimeProvider time)
{
    public async Task<SoftphoneState?> ReadAsync(string counselorId, CancellationToken cancellationToken)
    {
        var database = redis.GetDatabase();
        var agent = await CounselorAgentRecord.ReadAsync(database, engine.Keys, counselorId);
        if (agent is null)
        {
            return null;
        }
        var call = agent is { CallSid: { } sid, State: "reserved" or "oncall" }
            ? await ReadCallAsync(database, sid, agent, cancellationToken)
            : null;
        var wrappingUp = agent.State == "wrapup";
        return new SoftphoneState(counselorId, agent.State, agent.BreakReason, agent.Since,
            wrappingUp ? agent.WrapUpDeadline : null, wrappingUp ? agent.LastCallSid : null, call, time.GetUtcNow());
    }

    // Attempts counts the dials made once connected, and those that failed before: the one ringing now is the next.
    private SoftphoneCallback CallbackOf(CallbackStatus callback) => new(
        callback.Number[^Math.Min(4, callback.Number.Length)..], callback.OriginalCallSid, callback.RequestedAt,
        callback.State == CallbackState.Connected ? callback.Attempts : callback.Attempts + 1, engine.Settings.CallbackMaxAttempts);

    private async Task<SoftphoneCall> ReadCallAsync(IDatabaseAsync database, string callSid, CounselorAgentRecord agent, CancellationToken cancellationToken)
    {
        var caller = await database.HashGetAsync(engine.Keys.Callers, callSid);
        string? language = null;
        DateTimeOffset? arrived = null;
        var tags = new List<string>();
        SoftphoneOutbound? outbound = null;
        if (!caller.IsNull)
        {
            using var json = JsonDocument.Parse((string)caller!);
            if (json.RootElement.TryGetProperty("l", out var l) && l.ValueKind == JsonValueKind.String)
            {
                language = l.GetString();
            }
            if (json.RootElement.TryGetProperty("a", out var a) && a.ValueKind == JsonValueKind.Number)
            {
                arrived = DateTimeOffset.FromUnixTimeMilliseconds((long)a.GetDouble());
            }
            // Lua's JSON writes an empty list as {}: only an array holds tags.
            if (json.RootElement.TryGetProperty("t", out var t) && t.ValueKind == JsonValueKind.Array)
            {
                tags.AddRange(t.EnumerateArray().Where(tag => tag.ValueKind == JsonValueKind.String).Select(tag => tag.GetString()!));
            }
            outbound = OutboundOf(json.RootElement);
        }
        // A callback: the screen pop of the original call, and the callback's own details.
        var callback = AcdEngine.IsCallbackId(callSid) ? await engine.GetCallbackAsync(callSid) : null;
        var original = callback?.OriginalCallSid ?? callSid;
        var session = await sessions.GetAsync(original);
        var path = session?.Path ?? [];
        var topic = path.LastOrDefault(node => node != DefaultMenu.Main);
        return new SoftphoneCall(callSid, agent.State == "oncall" ? "connected" : "ringing", agent.ReservationId,
            language ?? session?.Language, arrived, agent.State == "oncall" ? agent.ConnectedAt : null, path, topic, tags,
            await repeats.CountAsync(original, cancellationToken), callback is null ? null : CallbackOf(callback), outbound,
            await InterpretationAsync(session, tags, cancellationToken));
    }

    private async Task<SoftphoneInterpretation?> InterpretationAsync(CallSession? session, List<string> tags, CancellationToken cancellationToken)
    {
        if (session?.Institution is null && !tags.Contains(institutionLine.Value.Tag))
        {
            return null;
        }
        var institution = await institutions.FindAsync(session?.Institution, cancellationToken);
        return new SoftphoneInterpretation(session?.Institution, institution?.NameKo, institution?.NameEn);
    }

    // A call the counselor placed: the ACD's record has o 'out', n the number and tk the task (outbound_start.lua).
    private static SoftphoneOutbound? OutboundOf(JsonElement record) =>
        record.TryGetProperty("o", out var kind) && kind.ValueKind == JsonValueKind.String && kind.GetString() == "out" &&
        record.TryGetProperty("n", out var n) && n.GetString() is { } number
            ? new SoftphoneOutbound(number[^Math.Min(4, number.Length)..],
                record.TryGetProperty("tk", out var tk) && Guid.TryParse(tk.GetString(), out var task) ? task : null)
            : null;
}
