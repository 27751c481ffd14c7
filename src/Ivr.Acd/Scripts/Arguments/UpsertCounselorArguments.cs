using StackExchange.Redis;

namespace Ivr.Acd.Scripts.Arguments;

/// <summary><c>commands/upsert_counselor.lua</c>: Adds a counselor or changes their profile.</summary>
internal sealed record UpsertCounselorArguments : ScriptArguments
{
    public UpsertCounselorArguments(ScriptContext context)
        : base(context)
    {
    }

    public required RedisValue CounselorId { get; init; }

    /// <summary>JSON {sk skills, tm teams, wl wrap-up ms or -1}.</summary>
    public required RedisValue Profile { get; init; }
}
