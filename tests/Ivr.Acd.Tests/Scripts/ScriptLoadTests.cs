using System.Reflection;
using Ivr.Acd.Scripts;
using Ivr.Acd.Tests.Infrastructure;
using StackExchange.Redis;

namespace Ivr.Acd.Tests.Scripts;

/// <summary>Every assembled script compiles on the real Redis (SCRIPT LOAD compiles without running).</summary>
public sealed class ScriptLoadTests
{
    private static IEnumerable<(string Name, LuaScript Lua)> Scripts() => typeof(AcdScripts)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => field.GetValue(null)!)
        .Select(script => ((string)script.GetType().GetProperty("Name")!.GetValue(script)!,
            (LuaScript)script.GetType().GetProperty("Lua")!.GetValue(script)!));

    [Test]
    public async Task ScriptLoad_EveryScript_Compiles()
    {
        var redis = TestRedis.Connection;
        var server = redis.GetServers().First(server => server.IsConnected && !server.IsReplica);
        foreach (var (name, lua) in Scripts())
        {
            var loaded = await lua.LoadAsync(server);

            Assert.That(loaded.Hash, Has.Length.EqualTo(20), name);
        }
    }
}
