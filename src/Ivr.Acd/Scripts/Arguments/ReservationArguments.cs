using StackExchange.Redis;

namespace Ivr.Acd.Scripts.Arguments;

/// <summary><c>commands/reservation.lua</c>: The counselor's answer to a reservation.</summary>
internal sealed record ReservationArguments : ScriptArguments
{
    public ReservationArguments(ScriptContext context)
        : base(context)
    {
    }

    public required RedisValue ReservationId { get; init; }

    /// <summary>accept, reject or noanswer.</summary>
    public required RedisValue Answer { get; init; }

    /// <summary>Today (yyyyMMdd) for the daily counters.</summary>
    public required RedisValue Day { get; init; }

    /// <summary>Every rule (RulesPayload.ForAll).</summary>
    public required RedisValue Config { get; init; }
}
