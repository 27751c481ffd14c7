using StackExchange.Redis;

namespace Ivr.Acd.Scripts.Arguments;

/// <summary><c>commands/remove_counselor.lua</c>: Removes a signed-out counselor.</summary>
internal sealed record RemoveCounselorArguments : ScriptArguments
{
    public RemoveCounselorArguments(ScriptContext context)
        : base(context)
    {
    }

    public required RedisValue CounselorId { get; init; }
}
