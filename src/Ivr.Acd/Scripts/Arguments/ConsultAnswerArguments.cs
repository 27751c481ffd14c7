using StackExchange.Redis;

namespace Ivr.Acd.Scripts.Arguments;

/// <summary><c>commands/consult_answer.lua</c>: The consulted counselor answered.</summary>
internal sealed record ConsultAnswerArguments : ScriptArguments
{
    public ConsultAnswerArguments(ScriptContext context)
        : base(context)
    {
    }

    public required RedisValue ReservationId { get; init; }
}
