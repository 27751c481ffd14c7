using StackExchange.Redis;

namespace Ivr.Acd.Scripts.Arguments;

/// <summary><c>commands/transfer_to_counselor.lua</c>: Blind transfer of a connected caller to a named counselor.</summary>
internal sealed record TransferToCounselorArguments : ScriptArguments
{
    public TransferToCounselorArguments(ScriptContext context)
        : base(context)
    {
    }

    public required RedisValue CallSid { get; init; }

    /// <summary>Who to.</summary>
    public required RedisValue CounselorId { get; init; }

    /// <summary>Derived from the operation id, so a replay rings the same reservation.</summary>
    public required RedisValue ReservationId { get; init; }

    /// <summary>How long (ms) the counselor is rung.</summary>
    public required RedisValue Timeout { get; init; }

    /// <summary>Every rule (RulesPayload.ForAll).</summary>
    public required RedisValue Config { get; init; }
}
