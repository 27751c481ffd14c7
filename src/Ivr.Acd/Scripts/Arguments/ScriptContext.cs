namespace Ivr.Acd.Scripts.Arguments;

/// <summary>What every script call starts from: whose keys, what time it is, and which operation this is.</summary>
internal readonly record struct ScriptContext(AcdKeys Keys, DateTimeOffset Now, string OperationId, TimeSpan OperationMemory);
