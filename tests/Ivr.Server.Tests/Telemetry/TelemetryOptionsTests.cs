using Ivr.Server.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Tests.Telemetry;

public sealed class TelemetryOptionsTests
{
    [TestCase("Telemetry:ScrapeAddress", "localhost", "Telemetry:ScrapeAddress must be an IP address")]
    [TestCase("Telemetry:ScrapePort", "70000", "Telemetry:ScrapePort must be between 0 and 65535")]
    [TestCase("Telemetry:QueueSampleInterval", "00:00:00", "Telemetry:QueueSampleInterval must be between")]
    public void BadSetting_FailsNamingTheKey(string key, string value, string expected)
    {
        var exception = Assert.Throws<OptionsValidationException>(() => _ = Options((key, value)).Value);

        Assert.That(exception!.Message, Does.Contain(expected));
    }

    [Test]
    public void Defaults_ScrapeOnLoopbackPort9464()
    {
        var options = Options().Value;

        Assert.That((options.ScrapeEnabled, options.ScrapeAddress, options.ScrapePort), Is.EqualTo((true, "127.0.0.1", 9464)));
    }

    private static IOptions<TelemetryOptions> Options(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(setting => KeyValuePair.Create(setting.Key, (string?)setting.Value)))
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section).ValidateDataAnnotations();
        return services.BuildServiceProvider().GetRequiredService<IOptions<TelemetryOptions>>();
    }
}
