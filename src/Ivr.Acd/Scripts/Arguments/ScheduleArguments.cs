using StackExchange.Redis;

namespace Ivr.Acd.Scripts.Arguments;

/// <summary><c>commands/schedule.lua</c>: Holds a counselor for a scheduled session, or releases the hold.</summary>
internal sealed record ScheduleArguments : ScriptArguments
{
    public ScheduleArguments(ScriptContext context)
        : base(context)
    {
    }

    public required RedisValue CounselorId { get; init; }

    public required RedisValue ScheduleId { get; init; }

    /// <summary>The session's start, ms since the Unix epoch.</summary>
    public required RedisValue Start { get; init; }

    /// <summary>The session's end, ms since the Unix epoch.</summary>
    public required RedisValue End { get; init; }

    /// <summary><c>hold</c> or <c>release</c>.</summary>
    public required RedisValue Action { get; init; }
}
