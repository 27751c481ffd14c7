using Ivr.Server.Authorization;
using Ivr.Server.Data;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Tests.Data;

/// <summary>Issue 19, item 11: the data-protection keys (they sign staff sign-ins) are encrypted where they are kept.</summary>
public sealed class KeyProtectionTests
{
    [Test]
    public async Task WithACertificate_TheKeysAreStoredEncryptedAndReadBackAfterARestart()
    {
        var server = await IvrServerFactory.StartAsync(new Dictionary<string, string?>
        {
            ["DataProtection:Certificate"] = TestCertificates.DataProtection,
            ["DataProtection:CertificatePassword"] = TestCertificates.Password,
        }, kestrel: true);
        var token = (await server.CreateSignedInClientAsync(Roles.Operations)).DefaultRequestHeaders.Authorization;
        var keys = await StoredKeysAsync(server);

        server = await server.RestartOnKestrelAsync();
        await using var restarted = server;
        using var client = restarted.CreateClient();
        client.DefaultRequestHeaders.Authorization = token;

        Assert.That((await client.GetAsync("/api/accounts/me")).IsSuccessStatusCode, Is.True, "the restarted server decrypted the stored key that signed the token");
        Assert.That(keys, Is.Not.Empty);
        Assert.That(keys, Has.All.Contains("EncryptedData"));
        Assert.That(keys, Has.None.Contains("<value>"), "no key material in clear");
    }

    [Test]
    public async Task WithoutACertificateOutsideProduction_TheKeysAreInClear()
    {
        await using var server = await IvrServerFactory.StartAsync();
        await server.CreateSignedInClientAsync(Roles.Operations);

        Assert.That(await StoredKeysAsync(server), Has.Some.Contains("<value>"), "what the certificate prevents");
    }

    [Test]
    public void InProduction_WithoutACertificate_TheServerRefusesToStart()
    {
        var exception = Assert.Throws<OptionsValidationException>(() => _ = Built("Production", certificate: null).Services.GetRequiredService<IOptions<KeyProtectionOptions>>().Value);

        Assert.That(exception!.Message, Does.Contain("DataProtection:Certificate is required in Production"));
    }

    [Test]
    public void ACertificateThatDoesNotOpen_IsRefused()
    {
        var exception = Assert.Throws<OptionsValidationException>(() => _ = Built("Staging", certificate: "bm90IGEgcGZ4").Services.GetRequiredService<IOptions<KeyProtectionOptions>>().Value);

        Assert.That(exception!.Message, Does.Contain("DataProtection:Certificate is not a Base64 PKCS#12 file"));
    }

    private static async Task<List<string>> StoredKeysAsync(IvrServerFactory server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IvrDbContext>().DataProtectionKeys.AsNoTracking().Select(key => key.Xml!).ToListAsync();
    }

    private static WebApplication Built(string environment, string? certificate) =>
        UnstartedServer.Build(environment, new Dictionary<string, string?> { ["DataProtection:Certificate"] = certificate });
}
