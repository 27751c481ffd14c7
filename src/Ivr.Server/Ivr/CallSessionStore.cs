using System.Text.Json;
using Ivr.Acd;
using Ivr.Acd.Events;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Ivr.Server.Ivr;

/// <summary>
/// Call sessions in Redis with a TTL, each write together with its call events in one script, so a session and
/// its events land together or not at all. Creation is idempotent (a retried webhook finds the first session);
/// updates compare-and-set against the session they were computed from, so a retry cannot apply a step twice.
/// </summary>
public sealed class CallSessionStore(IConnectionMultiplexer redis, ContactCenterKeys keys, IOptions<IvrOptions> options)
{
    // KEYS: session, events. ARGV: expected ('' = must not exist), new, ttl seconds, maxlen, then per event: n, n values.
    private const string WriteScript = """
        local current = redis.call('get', KEYS[1])
        if ARGV[1] == '' then
          if current then return current end
        elseif current ~= ARGV[1] then
          return current or ''
        end
        redis.call('set', KEYS[1], ARGV[2], 'EX', ARGV[3])
        local i = 5
        while i <= #ARGV do
          local n = tonumber(ARGV[i])
          redis.call('xadd', KEYS[2], 'MAXLEN', '~', ARGV[4], '*', unpack(ARGV, i + 1, i + n))
          i = i + n + 1
        end
        return false
        """;

    private static readonly RedisScript Write = new(WriteScript);

    private readonly int ttlSeconds = options.Value.SessionTtlMinutes * 60;

    public RedisKey Key(string callSid) => keys.Key("ivr:call:" + callSid);

    public async Task<CallSession?> GetAsync(string callSid) =>
        await redis.GetDatabase().StringGetAsync(Key(callSid)) is { HasValue: true } json ? Parse(json!) : null;

    /// <summary>Creates the session; when one exists already (a retry), returns that one instead.</summary>
    public async Task<(CallSession Session, bool Created)> CreateAsync(CallSession session, IEnumerable<CallEvent> events)
    {
        var (applied, existing) = await WriteAsync(null, session, events);
        return applied ? (session, true) : (existing!, false);
    }

    /// <summary>Replaces <paramref name="from"/> by <paramref name="to"/>; when not applied, the session that won (null if gone).</summary>
    public Task<(bool Applied, CallSession? Current)> UpdateAsync(CallSession from, CallSession to, IEnumerable<CallEvent> events) =>
        WriteAsync(from, to, events);

    private async Task<(bool Applied, CallSession? Current)> WriteAsync(CallSession? expected, CallSession next, IEnumerable<CallEvent> events)
    {
        var values = new List<RedisValue>
        {
            expected is null ? "" : Serialize(expected),
            Serialize(next),
            ttlSeconds,
            CallEventStream.ApproximateMaxLength,
        };
        foreach (var entry in events.Select(CallEventStream.ToEntry))
        {
            values.Add(entry.Length * 2);
            values.AddRange(entry.SelectMany(field => new[] { (RedisValue)(string)field.Name!, field.Value }));
        }
        var result = await Write.EvaluateAsync(redis.GetDatabase(), [Key(next.CallSid), keys.Events], [.. values]);
        if (result.IsNull)
        {
            return (true, null);
        }
        return (false, result.ToString() is { Length: > 0 } json ? Parse(json) : null);
    }

    private static string Serialize(CallSession session) => JsonSerializer.Serialize(session, JsonSerializerOptions.Web);

    private static CallSession Parse(string json) => JsonSerializer.Deserialize<CallSession>(json, JsonSerializerOptions.Web)!;
}
