using StackExchange.Redis;

namespace Ivr.Acd.Scripts.Arguments;

/// <summary><c>commands/presence.lua</c>: A counselor's presence changes.</summary>
internal sealed record PresenceArguments : ScriptArguments
{
    public PresenceArguments(ScriptContext context)
        : base(context)
    {
    }

    public required RedisValue CounselorId { get; init; }

    /// <summary>available, wrapdone, break or signout.</summary>
    public required RedisValue Action { get; init; }

    /// <summary>Why (the break reason, sign-in, ...), in the event.</summary>
    public required RedisValue Reason { get; init; }

    /// <summary>Every rule (RulesPayload.ForAll).</summary>
    public required RedisValue Config { get; init; }
}
