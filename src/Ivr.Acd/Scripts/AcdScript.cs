using Ivr.Acd.Scripts.Arguments;
using StackExchange.Redis;

namespace Ivr.Acd.Scripts;

/// <summary>
/// One script of <c>Scripts/commands</c>, assembled with its helpers and prepared once (StackExchange.Redis sends it by
/// SHA and reloads it if Redis lost it), with the one argument record it takes.
/// </summary>
internal sealed class AcdScript<TArguments>(string name) where TArguments : ScriptArguments
{
    public string Name { get; } = name;

    public LuaScript Lua { get; } = LuaScript.Prepare(LuaSource.Assemble(name));

    public Task<RedisResult> EvaluateAsync(IDatabase redis, TArguments arguments) => Lua.EvaluateAsync(redis, arguments);
}
