using Ivr.Server.Softphone;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Tests.Softphone;

public sealed class SoftphoneOptionsTests
{
    [TestCase("simulator", null, "Softphone:SimulatorUrl")]
    [TestCase("simulator", "not a url", "Softphone:SimulatorUrl")]
    [TestCase("headset", null, "twilio or simulator")]
    public void BadDeviceSettings_FailNamingTheKey(string device, string? simulatorUrl, string expected)
    {
        var exception = Assert.Throws<OptionsValidationException>(() => _ = Options(device, simulatorUrl).Value);

        Assert.That(exception!.Message, Does.Contain(expected));
    }

    [TestCase("twilio", null)]
    [TestCase("simulator", "http://127.0.0.1:5080/")]
    public void GoodDeviceSettings_AreAccepted(string device, string? simulatorUrl) =>
        Assert.That(Options(device, simulatorUrl).Value.Device, Is.EqualTo(device));

    private static IOptions<SoftphoneOptions> Options(string device, string? simulatorUrl)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Softphone:Device"] = device,
            ["Softphone:SimulatorUrl"] = simulatorUrl,
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddOptions<SoftphoneOptions>().BindConfiguration(SoftphoneOptions.Section).ValidateDataAnnotations();
        return services.BuildServiceProvider().GetRequiredService<IOptions<SoftphoneOptions>>();
    }
}
