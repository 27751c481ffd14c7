using System.Reflection;
using Ivr.Acd.Scripts;
using Ivr.Acd.Scripts.Arguments;
using StackExchange.Redis;

namespace Ivr.Acd.Tests.Scripts;

public sealed class LuaSourceTests
{
    private static readonly IReadOnlyList<(string Name, Type Arguments)> Scripts = [.. typeof(AcdScripts)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => field.GetValue(null)!)
        .Select(script => ((string)script.GetType().GetProperty("Name")!.GetValue(script)!, script.GetType().GetGenericArguments()[0]))];

    [Test]
    public void AcdScripts_EveryCommandFile_IsOneScript()
    {
        Assert.That(Scripts.Select(script => script.Name), Is.EquivalentTo(LuaSource.Commands));
        Assert.That(Scripts.Select(script => script.Arguments), Is.Unique);
    }

    [Test]
    public void Assemble_EveryScript_ResolvesEveryIncludeOnce()
    {
        foreach (var command in LuaSource.Commands)
        {
            var lua = LuaSource.Assemble(command);
            Assert.That(lua, Does.Not.Contain("@include"), command);
            foreach (var name in LuaText.TopLevelNames(lua).GroupBy(name => name).Where(group => group.Count() > 1))
            {
                Assert.Fail($"{command}: {name.Key} is defined twice");
            }
        }
    }

    [Test]
    public void Helpers_EveryOne_IsIncludedAndDefinesItsOwnNames()
    {
        var included = LuaSource.Commands.Select(LuaSource.Command).Concat(LuaSource.Helpers.Select(LuaSource.Helper))
            .SelectMany(LuaSource.IncludesOf).ToHashSet();

        Assert.That(LuaSource.Helpers, Is.SubsetOf(included));
        Assert.That(() => LuaText.HelperOfName(), Throws.Nothing, "no two helpers define the same name");
    }

    [Test]
    public void Includes_EveryFile_ListsExactlyTheHelpersItUses()
    {
        var helperOf = LuaText.HelperOfName();
        var files = LuaSource.Commands.Select(name => (Name: name + ".lua", Lua: LuaSource.Command(name)))
            .Concat(LuaSource.Helpers.Select(name => (Name: "includes/" + name + ".lua", Lua: LuaSource.Helper(name))));
        foreach (var (name, lua) in files)
        {
            var own = LuaText.TopLevelNames(lua).ToHashSet();
            var needed = LuaText.UsedNames(lua).Where(used => !own.Contains(used) && helperOf.ContainsKey(used))
                .Select(used => helperOf[used]).ToHashSet();

            Assert.That(LuaSource.IncludesOf(lua), Is.EquivalentTo(needed), $"{name} includes exactly the helpers whose names it uses");
        }
    }

    [Test]
    public void Header_EveryScript_NamesTheKeysAndArgumentsOfItsRecord()
    {
        foreach (var (name, arguments) in Scripts)
        {
            var header = LuaSource.Command(name);
            var parameters = LuaText.Parameters(LuaSource.Assemble(name));
            var members = arguments.GetProperties(BindingFlags.Public | BindingFlags.Instance).ToDictionary(property => property.Name);
            var own = arguments.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(property => property.Name);

            Assert.That(parameters, Is.SubsetOf(members.Keys), $"{name}: every @parameter is a member of {arguments.Name}");
            Assert.That(own, Is.SubsetOf(parameters), $"{name}: every argument of {arguments.Name} is used");
            Assert.That(LuaText.HeaderList(header, "KEYS"),
                Is.EquivalentTo(parameters.Where(parameter => members[parameter].PropertyType == typeof(RedisKey))), $"{name}: KEYS");
            Assert.That(LuaText.HeaderList(header, "ARGV"),
                Is.EquivalentTo(parameters.Where(parameter => members[parameter].PropertyType == typeof(RedisValue))), $"{name}: ARGV");
            Assert.That(header, Does.Match(@"\n  Returns: "), $"{name}: the header names the result");
            Assert.That(arguments.BaseType, Is.EqualTo(typeof(ScriptArguments)));
        }
    }
}
