using StackExchange.Redis;

namespace Ivr.Acd;

/// <summary>
/// Names every Redis key of one contact center. All share the hash tag <c>{cc:NAME}</c>, so every script touches
/// one cluster slot and the design runs unchanged on Redis Cluster.
/// </summary>
public sealed class ContactCenterKeys(string contactCenter)
{
    public string ContactCenter { get; } = contactCenter;

    public string Prefix { get; } = $"{{cc:{contactCenter}}}:";

    /// <summary>The durable outbox of call events that the call-record writer drains into PostgreSQL.</summary>
    public RedisKey Events => Prefix + "events";

    public RedisKey Key(string name) => Prefix + name;
}
