using StackExchange.Redis;

namespace Ivr.Acd.Scripts.Arguments;

/// <summary><c>commands/consult_end.lua</c>: The consult ended without a hand-over.</summary>
internal sealed record ConsultEndArguments : ScriptArguments
{
    public ConsultEndArguments(ScriptContext context)
        : base(context)
    {
    }

    public required RedisValue CallSid { get; init; }

    /// <summary>The consulted counselor.</summary>
    public required RedisValue CounselorId { get; init; }
}
