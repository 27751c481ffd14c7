using StackExchange.Redis;

namespace Ivr.Acd.Scripts.Arguments;

/// <summary><c>commands/return_to_line.lua</c>: The counselor left before their caller joined; the caller goes back in line.</summary>
internal sealed record ReturnToLineArguments : ScriptArguments
{
    public ReturnToLineArguments(ScriptContext context)
        : base(context)
    {
    }

    public required RedisValue CallSid { get; init; }

    /// <summary>Only while this counselor has the caller.</summary>
    public required RedisValue CounselorId { get; init; }

    /// <summary>Every rule (RulesPayload.ForAll).</summary>
    public required RedisValue Config { get; init; }
}
