using System.Threading.Channels;
using Ivr.Acd;
using Ivr.Acd.Events;
using Ivr.Server.Redis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Ivr.Server.Ivr;

/// <summary>
/// Group commit for call-session writes: the writes that arrive while one batch is in Redis go together in the next,
/// as one script call. Under load one round trip carries many calls' writes; a lone write goes at once. Each write is
/// still checked on its own (create if absent, or compare-and-set) and lands with its events or not at all.
/// </summary>
public sealed class SessionWriteBatcher(IConnectionMultiplexer redis, ContactCenterKeys keys, IOptions<IvrOptions> options) : BackgroundService
{
    private const int MaxBatch = 64;

    // KEYS: the events stream, then each write's session. ARGV: ttl seconds, stream maxlen, then per write: expected
    // ('' = must not exist), new, the count of its event values, and those values (per event: its count, then them).
    // Answers per write: nil when written, else the session found ('' when there is none).
    private const string WriteScript = """
        local out = {}
        local i = 3
        for k = 2, #KEYS do
          local expected, new, n = ARGV[i], ARGV[i + 1], tonumber(ARGV[i + 2])
          local found
          if expected == '' then
            found = redis.call('set', KEYS[k], new, 'NX', 'GET', 'EX', ARGV[1])
          else
            found = redis.call('get', KEYS[k]) or ''
            if found == expected then
              redis.call('set', KEYS[k], new, 'EX', ARGV[1])
              found = false
            end
          end
          if not found then
            local j, last = i + 3, i + 2 + n
            while j <= last do
              local m = tonumber(ARGV[j])
              redis.call('xadd', KEYS[1], 'MAXLEN', '~', ARGV[2], '*', unpack(ARGV, j + 1, j + m))
              j = j + m + 1
            end
          end
          out[k - 1] = found
          i = i + 3 + n
        end
        return out
        """;

    private static readonly RedisScript Write = new(WriteScript);

    private readonly Channel<SessionWrite> queue = Channel.CreateUnbounded<SessionWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly int ttlSeconds = options.Value.SessionTtlMinutes * 60;

    /// <summary>
    /// Writes <paramref name="next"/> if the stored session is <paramref name="expected"/> (null: if there is none).
    /// Answers null when written, else the session found ('' when there is none).
    /// </summary>
    public Task<string?> WriteAsync(RedisKey session, string? expected, string next, IEnumerable<CallEvent> events)
    {
        var values = new List<RedisValue> { expected ?? "", next, 0 };
        foreach (var entry in events.Select(CallEventStream.ToEntry))
        {
            values.Add(entry.Length * 2);
            foreach (var field in entry)
            {
                values.Add((string)field.Name!);
                values.Add(field.Value);
            }
        }
        values[2] = values.Count - 3;
        var write = new SessionWrite(session, values);
        if (!queue.Writer.TryWrite(write))
        {
            throw new InvalidOperationException("The server is stopping: call sessions are no longer written.");
        }
        return write.Written.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        stoppingToken.Register(() => queue.Writer.TryComplete());
        var batch = new List<SessionWrite>(MaxBatch);
        // Writes queued when the server stops are still written: the requests waiting for them are being drained.
        while (await queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var write))
            {
                batch.Add(write);
            }
            await CommitAsync(batch);
            batch.Clear();
        }
    }

    private async Task CommitAsync(List<SessionWrite> batch)
    {
        var sessionKeys = new RedisKey[batch.Count + 1];
        sessionKeys[0] = keys.Events;
        var values = new List<RedisValue>(2 + batch.Sum(write => write.Values.Count)) { ttlSeconds, CallEventStream.ApproximateMaxLength };
        for (var i = 0; i < batch.Count; i++)
        {
            sessionKeys[i + 1] = batch[i].Session;
            values.AddRange(batch[i].Values);
        }
        RedisResult[] results;
        try
        {
            results = (RedisResult[])(await Write.EvaluateAsync(redis.GetDatabase(), sessionKeys, [.. values]))!;
        }
        catch (Exception exception)
        {
            batch.ForEach(write => write.Written.TrySetException(exception));
            return;
        }
        // The waiting requests continue on this thread, one after another, without a thread hop each: what follows a
        // session write is short (render the answer, hand it to Kestrel).
        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Written.TrySetResult(results[i].IsNull ? null : (string?)results[i]);
        }
    }

    private sealed record SessionWrite(RedisKey Session, List<RedisValue> Values)
    {
        public TaskCompletionSource<string?> Written { get; } = new();
    }
}
