using Ivr.Server.Queueing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Tests.Queueing;

public sealed class AcdOptionsTests
{
    [Test]
    public void Defaults_EveryLanguageSteersVictimSupportCallersToTheirTeamForAMinute()
    {
        var settings = AcdSettingsFactory.Create(Options().Value);

        Assert.That(settings.Rules, Has.Count.EqualTo(20));
        Assert.That(settings.Rules.Select(rule => rule.TeamPreferences["victim-support"]), Is.All.EqualTo(TimeSpan.FromMinutes(1)));
        Assert.That(settings.Rules.Select(rule => rule.PriorityTags["victim-support"]), Is.All.EqualTo(5));
    }

    [TestCase("Legal Aid", "00:01:00")]
    [TestCase("legal", "01:00:00")]
    public void TeamPreferences_BadTeamOrWait_FailsNamingTheKey(string team, string wait)
    {
        var exception = Assert.Throws<OptionsValidationException>(() => _ = Options(($"Acd:TeamPreferences:{team}", wait)).Value);

        Assert.That(exception!.Message, Does.Contain("Acd:TeamPreferences"));
    }

    private static IOptions<AcdOptions> Options(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(setting => KeyValuePair.Create(setting.Key, (string?)setting.Value))).Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddQueueing().BuildServiceProvider().GetRequiredService<IOptions<AcdOptions>>();
    }
}
