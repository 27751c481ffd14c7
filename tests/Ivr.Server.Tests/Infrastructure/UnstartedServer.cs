using Ivr.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace Ivr.Server.Tests.Infrastructure;

/// <summary>The server's own registrations, as Program builds them, with valid settings but for those a test gives; never started (for options validation).</summary>
public static class UnstartedServer
{
    public static WebApplication Build(string environment, IReadOnlyDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        var all = new Dictionary<string, string?>
        {
            ["Twilio:AccountSid"] = IvrServerFactory.AccountSid,
            ["Twilio:AuthToken"] = IvrServerFactory.AuthToken,
            ["CallRecords:CallerHashKey"] = "a-secret-of-our-own-0123456789abcdef",
            ["ConnectionStrings:Redis"] = TestServices.Redis,
            ["ConnectionStrings:Postgres"] = "Host=127.0.0.1;Database=unused",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }
        builder.Configuration.AddInMemoryCollection(all);
        builder.AddIvrServer();
        return builder.Build();
    }
}
