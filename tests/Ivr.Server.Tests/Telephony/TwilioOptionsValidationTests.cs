using Ivr.Server.Data;
using Ivr.Server.Telephony;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Hosting.Internal;

namespace Ivr.Server.Tests.Telephony;

public sealed class TwilioOptionsValidationTests
{
    private static readonly Dictionary<string, string?> Valid = new()
    {
        ["Twilio:AccountSid"] = "AC0123456789abcdef0123456789abcdef",
        ["Twilio:AuthToken"] = "token",
        ["ConnectionStrings:Redis"] = "127.0.0.1:6380",
        ["ConnectionStrings:Postgres"] = "Host=127.0.0.1;Database=ivr",
    };

    [TestCase("Twilio:AccountSid", "not-a-sid", "Twilio:AccountSid")]
    [TestCase("Twilio:AccountSid", null, "Twilio:AccountSid")]
    [TestCase("Twilio:AuthToken", null, "Twilio:AuthToken")]
    [TestCase("Twilio:RequestValidation:BaseUrlOverride", "ftp://example.org", "Twilio:RequestValidation:BaseUrlOverride")]
    [TestCase("Twilio:Client:BaseUrlOverride", "not a url", "Twilio:Client:BaseUrlOverride")]
    [TestCase("Twilio:RequestValidation:AllowLocal", "true", "Twilio:RequestValidation:AllowLocal")]
    [TestCase("Twilio:RequestValidation:BaseUrlOverride", "http://ivr.example.org", "Twilio:RequestValidation:BaseUrlOverride")]
    public void Twilio_BadValue_FailsNamingTheKey(string key, string? value, string expectedKey)
    {
        var services = Services(With(key, value), environment: "Production");

        var exception = Assert.Throws<OptionsValidationException>(() => _ = services.GetRequiredService<IOptions<TwilioOptions>>().Value);

        Assert.That(exception!.Message, Does.Contain(expectedKey));
    }

    [TestCase("ConnectionStrings:Redis", null)]
    [TestCase("ConnectionStrings:Redis", "127.0.0.1:6380,unknownoption=1")]
    [TestCase("ConnectionStrings:Postgres", null)]
    [TestCase("ConnectionStrings:Postgres", "Host=127.0.0.1;NoSuchKeyword=1")]
    public void ConnectionStrings_MissingOrMalformed_FailsNamingTheKey(string key, string? value)
    {
        var services = Services(With(key, value), environment: "Production");

        var exception = Assert.Throws<OptionsValidationException>(() => _ = services.GetRequiredService<IOptions<ConnectionStringsOptions>>().Value);

        Assert.That(exception!.Message, Does.Contain(key));
    }

    [Test]
    public void Twilio_AuthTokenOnlyUnderRequestValidation_IsAccepted()
    {
        var settings = With("Twilio:AuthToken", null);
        settings["Twilio:RequestValidation:AuthToken"] = "from-request-validation";

        var options = Services(settings, environment: "Production").GetRequiredService<IOptions<TwilioOptions>>().Value;

        Assert.That(options.AuthToken, Is.EqualTo("from-request-validation"));
    }

    [Test]
    public void Twilio_AllowLocalInDevelopment_IsAccepted()
    {
        var options = Services(With("Twilio:RequestValidation:AllowLocal", "true"), environment: "Development")
            .GetRequiredService<IOptions<TwilioOptions>>().Value;

        Assert.That(options.RequestValidation.AllowLocal, Is.True);
    }

    private static Dictionary<string, string?> With(string key, string? value) => new(Valid) { [key] = value };

    private static ServiceProvider Services(Dictionary<string, string?> settings, string environment)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = environment });
        services.AddTelephony();
        services.AddIvrData();
        return services.BuildServiceProvider();
    }
}
