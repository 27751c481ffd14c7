using Ivr.Acd.Routing;
using Ivr.Acd.Scripts;
using Ivr.Acd.Tests.Infrastructure;
using StackExchange.Redis;

namespace Ivr.Acd.Tests.Keys;

public sealed class AcdKeysTests
{
    [Test]
    public void Keys_EveryKeyOfAContactCenter_SharesOneClusterSlot()
    {
        var keys = new AcdKeys(new ContactCenterKeys("1345"));
        var all = typeof(AcdKeys).GetProperties().Where(property => property.PropertyType == typeof(RedisKey))
            .Select(property => (RedisKey)property.GetValue(keys)!)
            .Append(keys.Operation("op-1"))
            .Append(keys.ContactCenter.Events)
            .ToList();

        Assert.That(all.Select(key => TestRedis.Connection.HashSlot(key)).Distinct().Count(), Is.EqualTo(1));
        Assert.That(all, Has.Count.GreaterThan(10));
    }

    [Test]
    public void Scripts_NoScriptBuildsAKeyName()
    {
        var texts = LuaSource.Commands.Select(LuaSource.Command).Concat(LuaSource.Helpers.Select(LuaSource.Helper)).ToList();

        Assert.That(texts, Has.Count.GreaterThan(10));
        Assert.That(texts, Has.None.Contain("{cc:").And.None.Contain("KEYS[").And.None.Contain(":acd:"));
    }

    [Test]
    public void Validate_OverflowToALanguageWithoutRule_IsRejected()
    {
        var settings = new AcdSettings("x", [new RoutingRule("ko") { Overflow = new OverflowRule("en", TimeSpan.FromSeconds(60)) }]);

        Assert.That(() => RulesPayload.Validate(settings), Throws.ArgumentException.With.Message.Contains("en"));
        Assert.That(() => RulesPayload.ValidateLanguage("ko|x"), Throws.ArgumentException);
    }
}
