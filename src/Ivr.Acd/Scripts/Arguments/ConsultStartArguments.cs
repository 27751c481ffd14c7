using StackExchange.Redis;

namespace Ivr.Acd.Scripts.Arguments;

/// <summary><c>commands/consult_start.lua</c>: Warm transfer, step one: reserve a named counselor to consult.</summary>
internal sealed record ConsultStartArguments : ScriptArguments
{
    public ConsultStartArguments(ScriptContext context)
        : base(context)
    {
    }

    public required RedisValue CallSid { get; init; }

    /// <summary>Who to consult.</summary>
    public required RedisValue CounselorId { get; init; }

    /// <summary>Derived from the operation id, so a replay rings the same reservation.</summary>
    public required RedisValue ReservationId { get; init; }

    /// <summary>How long (ms) the counselor is rung.</summary>
    public required RedisValue Timeout { get; init; }
}
