using StackExchange.Redis;

namespace Ivr.Acd.Scripts.Arguments;

/// <summary>
/// What every ACD script may be given: the contact center's keys, the time and the operation. Each script has its own
/// record adding its arguments, named as its Lua names them (<c>@CallSid</c>); StackExchange.Redis sends a script only
/// the members its text names. Members typed <see cref="RedisKey"/> become KEYS, so each script declares every key it
/// touches and no key name is built inside Lua.
/// </summary>
internal abstract record ScriptArguments
{
    protected ScriptArguments(ScriptContext context)
    {
        var keys = context.Keys;
        Callers = keys.Callers;
        Agents = keys.Agents;
        Reservations = keys.Reservations;
        Deadlines = keys.Deadlines;
        Queue = keys.Queue;
        Overflow = keys.Overflow;
        Idle = keys.Idle;
        Timers = keys.Timers;
        CallerTimers = keys.CallerTimers;
        Seen = keys.Seen;
        Stats = keys.Stats;
        Callbacks = keys.Callbacks;
        Events = keys.ContactCenter.Events;
        Op = keys.Operation(context.OperationId);
        OpId = context.OperationId;
        OpTtl = (long)context.OperationMemory.TotalMilliseconds;
        Now = context.Now.ToUnixTimeMilliseconds();
    }

    public RedisKey Callers { get; }
    public RedisKey Agents { get; }
    public RedisKey Reservations { get; }
    public RedisKey Deadlines { get; }
    public RedisKey Queue { get; }
    public RedisKey Overflow { get; }
    public RedisKey Idle { get; }
    public RedisKey Timers { get; }
    public RedisKey CallerTimers { get; }
    public RedisKey Seen { get; }
    public RedisKey Stats { get; }
    public RedisKey Callbacks { get; }
    public RedisKey Events { get; }

    /// <summary>Where the operation's answer is kept for replays (includes/operation.lua).</summary>
    public RedisKey Op { get; }

    /// <summary>Milliseconds since the Unix epoch, from the engine's TimeProvider.</summary>
    public RedisValue Now { get; init; }

    /// <summary>The operation id: the stem of the ids of the events the script appends.</summary>
    public RedisValue OpId { get; }

    /// <summary>How long (ms) the operation's answer is kept.</summary>
    public RedisValue OpTtl { get; }
}
