using Ivr.Acd.Routing;
using Ivr.Server.Configuration;
using Ivr.Server.Queueing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Tests.Queueing;

public sealed class MaxWaitOptionsTests
{
    [Test]
    public void Languages_EachOffer_BindsAndValidates()
    {
        var options = Options(
            ("MaxWait:Languages:ko:After", "00:15:00"), ("MaxWait:Languages:ko:Offer", "callback"),
            ("MaxWait:Languages:th:After", "00:10:00"), ("MaxWait:Languages:th:Offer", "message"),
            ("MaxWait:Languages:vi:After", "00:05:00"), ("MaxWait:Languages:vi:Offer", "language"), ("MaxWait:Languages:vi:OverflowLanguage", "en")).Value;

        Assert.That(options.For("ko")?.Offer, Is.EqualTo(MaxWaitOffer.Callback));
        Assert.That(options.For("th")?.Offer, Is.EqualTo(MaxWaitOffer.Message));
        Assert.That(options.OverflowFor("vi"), Is.EqualTo("en"));
        Assert.That(options.For("en"), Is.Null, "a language not listed has no maximum wait");
    }

    [Test]
    public void Languages_ZeroAfter_HasNoMaximumWait()
    {
        var options = Options(("MaxWait:Languages:vi:After", "00:00:00"), ("MaxWait:Languages:vi:Offer", "language"), ("MaxWait:Languages:vi:OverflowLanguage", "en")).Value;

        Assert.That((options.For("vi"), options.OverflowFor("vi")), Is.EqualTo(((MaxWaitLanguage?)null, (string?)null)));
    }

    [TestCase("vi", "language", null, "MaxWait:Languages:vi:OverflowLanguage must be a language code")]
    [TestCase("vi", "language", "vi", "MaxWait:Languages:vi:OverflowLanguage must differ")]
    [TestCase("vi", "language", "English", "MaxWait:Languages:vi:OverflowLanguage must be a language code")]
    [TestCase("vi", "callback", "en", "MaxWait:Languages:vi:OverflowLanguage is only for the offer language")]
    [TestCase("Vietnamese", "callback", null, "'Vietnamese' is not a language code")]
    public void Languages_BadSetting_FailsNamingTheKey(string language, string offer, string? overflow, string message)
    {
        var settings = new List<(string, string)> { ($"MaxWait:Languages:{language}:After", "00:05:00"), ($"MaxWait:Languages:{language}:Offer", offer) };
        if (overflow is not null)
        {
            settings.Add(($"MaxWait:Languages:{language}:OverflowLanguage", overflow));
        }

        var exception = Assert.Throws<OptionsValidationException>(() => _ = Options([.. settings]).Value);

        Assert.That(exception!.Message, Does.Contain(message));
    }

    [Test]
    public void Languages_AfterAboveTwoHours_FailsNamingTheKey()
    {
        var exception = Assert.Throws<OptionsValidationException>(() => _ = Options(("MaxWait:Languages:ko:After", "03:00:00")).Value);

        Assert.That(exception!.Message, Does.Contain("MaxWait:Languages:ko:After must be between 0 and 2 h."));
    }

    [Test]
    public void Rules_LanguageOffer_OverflowsConsentingCallersFromTheStart()
    {
        var configuration = Configuration(("MaxWait:Languages:vi:After", "00:05:00"), ("MaxWait:Languages:vi:Offer", "language"), ("MaxWait:Languages:vi:OverflowLanguage", "en"),
            ("MaxWait:Languages:ko:After", "00:05:00"), ("MaxWait:Languages:ko:Offer", "callback"));
        var provider = Provider(configuration);

        var rules = AcdSettingsFactory.Create(provider.GetRequiredService<IOptions<AcdOptions>>().Value, provider.GetRequiredService<IOptions<MaxWaitOptions>>().Value).Rules;

        Assert.That(rules.Single(rule => rule.Language == "vi").Overflow, Is.EqualTo(new OverflowRule("en", TimeSpan.Zero, 1)));
        Assert.That(rules.Where(rule => rule.Language != "vi").Select(rule => rule.Overflow), Is.All.Null);
        Assert.That(rules.Select(rule => rule.MaxWait), Is.All.EqualTo(TimeSpan.Zero), "the ACD takes nobody out of line");
    }

    private static IOptions<MaxWaitOptions> Options(params (string Key, string Value)[] settings) =>
        Provider(Configuration(settings)).GetRequiredService<IOptions<MaxWaitOptions>>();

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(setting => KeyValuePair.Create(setting.Key, (string?)setting.Value))).Build();

    private static ServiceProvider Provider(IConfiguration configuration) =>
        new ServiceCollection().AddSingleton(configuration).AddQueueing().BuildServiceProvider();
}
