using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Data;

/// <summary>Where the data-protection keys live (PostgreSQL, shared by every instance) and how they are encrypted there.</summary>
public static class KeyProtection
{
    public static IServiceCollection AddIvrDataProtection(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddOptions<KeyProtectionOptions>().BindConfiguration(KeyProtectionOptions.Section).ValidateDataAnnotations()
            .Validate(options => options.Certificate is { Length: > 0 } || !environment.IsProduction(),
                "DataProtection:Certificate is required in Production: the keys that sign staff sign-ins must not lie in clear in the database.")
            .ValidateOnStart();
        services.AddDataProtection().SetApplicationName("ivr").PersistKeysToDbContext<IvrDbContext>();
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<KeyProtectionOptions>>((keys, protection) =>
        {
            if (protection.Value.Certificate is { Length: > 0 })
            {
                keys.XmlEncryptor = new CertificateKeyEncryptor(protection);
            }
        });
        return services;
    }
}
