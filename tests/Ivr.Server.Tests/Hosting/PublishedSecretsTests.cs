using Ivr.Server.CallRecords;
using Ivr.Server.Hosting;
using Ivr.Server.Telephony;
using Ivr.Server.Tests.Deploy;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Tests.Hosting;

/// <summary>The secrets printed in the repository start a server only in Development (issue 19, item 10).</summary>
public sealed class PublishedSecretsTests
{
    [TestCase("Production")]
    [TestCase("Staging")]
    public void OutsideDevelopment_TheDevelopmentCallerHashKey_IsRefused(string environment)
    {
        using var server = Build(environment, callerHashKey: PublishedSecrets.DevelopmentCallerHashKey);

        var exception = Assert.Throws<OptionsValidationException>(() => _ = server.Services.GetRequiredService<IOptions<CallRecordsOptions>>().Value);

        Assert.That(exception!.Message, Does.Contain("CallRecords:CallerHashKey is the development value"));
    }

    [TestCase("Twilio:AuthToken")]
    [TestCase("Twilio:RequestValidation:AuthToken")]
    public void OutsideDevelopment_TheSimulatorAuthToken_IsRefused(string key)
    {
        using var server = Build("Production", extra: (key, PublishedSecrets.SimulatorAuthToken));

        var exception = Assert.Throws<OptionsValidationException>(() => _ = server.Services.GetRequiredService<IOptions<TwilioOptions>>().Value);

        Assert.That(exception!.Message, Does.Contain("Twilio:AuthToken is the development value"));
    }

    [Test]
    public void InDevelopment_ThePublishedValues_AreAccepted()
    {
        using var server = Build("Development", PublishedSecrets.DevelopmentCallerHashKey, ("Twilio:AuthToken", PublishedSecrets.SimulatorAuthToken));

        Assert.That(server.Services.GetRequiredService<IOptions<CallRecordsOptions>>().Value.CallerHashKey, Is.EqualTo(PublishedSecrets.DevelopmentCallerHashKey));
        Assert.That(server.Services.GetRequiredService<IOptions<TwilioOptions>>().Value.AuthToken, Is.EqualTo(PublishedSecrets.SimulatorAuthToken));
    }

    [Test]
    public void ThePublishedValues_AreTheOnesInTheRepository()
    {
        var development = File.ReadAllText(Path.Combine(Repository, "src/Ivr.Server/appsettings.Development.json"));
        var simulator = File.ReadAllText(Path.Combine(Repository, "src/Ivr.PhoneSim/SimulatorOptions.cs"));

        Assert.That(development, Does.Contain($"\"{PublishedSecrets.DevelopmentCallerHashKey}\""));
        Assert.That(simulator, Does.Contain($"\"{PublishedSecrets.SimulatorAuthToken}\""));
    }

    private static string Repository => Path.GetDirectoryName(DeployFiles.Folder)!;

    private static WebApplication Build(string environment, string callerHashKey = "a-secret-of-our-own-0123456789abcdef", (string Key, string Value)? extra = null)
    {
        var settings = new Dictionary<string, string?> { ["CallRecords:CallerHashKey"] = callerHashKey };
        if (extra is var (key, value))
        {
            settings[key] = value;
        }
        return UnstartedServer.Build(environment, settings);
    }
}
