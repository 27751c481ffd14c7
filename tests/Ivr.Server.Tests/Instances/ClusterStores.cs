namespace Ivr.Server.Tests.Instances;

/// <summary>The Redis and PostgreSQL an <see cref="InstanceCluster"/> uses when the test owns them (and may stop them).</summary>
public sealed record ClusterStores(string Redis, string Postgres);
