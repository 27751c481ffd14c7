using Ivr.Acd;
using StackExchange.Redis;

namespace Ivr.Server.Monitoring;

/// <summary>
/// The live monitoring sessions, in Redis so any instance handles a session's requests and its leg's callbacks. A call
/// is monitored by one supervisor at a time, and a supervisor (one browser device) monitors one call at a time.
/// </summary>
public sealed class MonitorSessions(IConnectionMultiplexer redis, ContactCenterKeys keys)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    /// <summary>Stores a new session; false when the call or the supervisor is already in one.</summary>
    public async Task<bool> TryCreateAsync(MonitorSession session)
    {
        var transaction = redis.GetDatabase().CreateTransaction();
        transaction.AddCondition(Condition.KeyNotExists(CallKey(session.CallSid)));
        transaction.AddCondition(Condition.KeyNotExists(SupervisorKey(session.Identity)));
        _ = transaction.StringSetAsync(CallKey(session.CallSid), session.Id, Lifetime);
        _ = transaction.StringSetAsync(SupervisorKey(session.Identity), session.Id, Lifetime);
        _ = transaction.HashSetAsync(SessionKey(session.Id), [.. session.ToFields().Select(field => new HashEntry(field.Key, field.Value))]);
        _ = transaction.KeyExpireAsync(SessionKey(session.Id), Lifetime);
        _ = transaction.SetAddAsync(AllKey, session.Id);
        return await transaction.ExecuteAsync();
    }

    public async Task<MonitorSession?> GetAsync(string id)
    {
        var entries = await redis.GetDatabase().HashGetAllAsync(SessionKey(id));
        return MonitorSession.FromFields(entries.ToDictionary(entry => (string)entry.Name!, entry => (string)entry.Value!, StringComparer.Ordinal));
    }

    /// <summary>The session monitoring the caller's call <paramref name="callSid"/>, if any.</summary>
    public async Task<MonitorSession?> FindByCallAsync(string callSid) =>
        await redis.GetDatabase().StringGetAsync(CallKey(callSid)) is { HasValue: true } id ? await GetAsync(id!) : null;

    public async Task<IReadOnlyList<MonitorSession>> ListAsync()
    {
        var sessions = new List<MonitorSession>();
        foreach (var id in await redis.GetDatabase().SetMembersAsync(AllKey))
        {
            if (await GetAsync(id!) is { } session)
            {
                sessions.Add(session);
            }
            else
            {
                await redis.GetDatabase().SetRemoveAsync(AllKey, id);
            }
        }
        return [.. sessions.OrderBy(session => session.StartedAt)];
    }

    /// <summary>
    /// Writes the named fields of a session that still exists (only those: the leg's callback and the request that
    /// placed the leg may write at once); false when it has ended.
    /// </summary>
    public async Task<bool> SetAsync(MonitorSession session, params string[] names)
    {
        var fields = session.ToFields();
        var transaction = redis.GetDatabase().CreateTransaction();
        transaction.AddCondition(Condition.HashExists(SessionKey(session.Id), "id"));
        _ = transaction.HashSetAsync(SessionKey(session.Id), [.. names.Select(name => new HashEntry(name, fields[name]))]);
        return await transaction.ExecuteAsync();
    }

    /// <summary>Removes the session; true for the one caller that ended it (leaving and the leg's callback may race).</summary>
    public async Task<bool> EndAsync(MonitorSession session)
    {
        var transaction = redis.GetDatabase().CreateTransaction();
        transaction.AddCondition(Condition.HashExists(SessionKey(session.Id), "id"));
        _ = transaction.KeyDeleteAsync(SessionKey(session.Id));
        _ = transaction.KeyDeleteAsync(CallKey(session.CallSid));
        _ = transaction.KeyDeleteAsync(SupervisorKey(session.Identity));
        _ = transaction.SetRemoveAsync(AllKey, session.Id);
        return await transaction.ExecuteAsync();
    }

    private RedisKey AllKey => keys.Key("monitor:sessions");

    private RedisKey SessionKey(string id) => keys.Key("monitor:session:" + id);

    private RedisKey CallKey(string callSid) => keys.Key("monitor:call:" + callSid);

    private RedisKey SupervisorKey(string identity) => keys.Key("monitor:supervisor:" + identity);
}
