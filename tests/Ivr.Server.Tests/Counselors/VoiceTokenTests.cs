using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ivr.Server.Authorization;
using Ivr.Server.Counselors;
using Ivr.Server.Staffing;
using Ivr.Server.Tests.Infrastructure;

namespace Ivr.Server.Tests.Counselors;

public sealed class VoiceTokenTests
{
    private const string KeySid = "SK0123456789abcdef0123456789abcdef";
    private const string KeySecret = "0123456789abcdef0123456789abcdef";

    [Test]
    public async Task VoiceToken_ApiKeyConfigured_IsSignedForTheCounselorsClientIdentity()
    {
        await using var factory = await IvrServerFactory.StartAsync(new Dictionary<string, string?>
        {
            ["Twilio:Voice:ApiKeySid"] = KeySid,
            ["Twilio:Voice:ApiKeySecret"] = KeySecret,
        });
        var counselor = await LinkedCounselorAsync(factory);

        var token = (await counselor.GetFromJsonAsync<CounselorApi.VoiceTokenResponse>("/api/counselor/voice-token"))!.Token;

        var parts = token.Split('.');
        var expected = Base64Url(HMACSHA256.HashData(Encoding.UTF8.GetBytes(KeySecret), Encoding.UTF8.GetBytes($"{parts[0]}.{parts[1]}")));
        Assert.That(parts[2], Is.EqualTo(expected), "HS256 with the API key secret");
        using var payload = JsonDocument.Parse(FromBase64Url(parts[1]));
        Assert.That(payload.RootElement.GetProperty("iss").GetString(), Is.EqualTo(KeySid));
        Assert.That(payload.RootElement.GetProperty("sub").GetString(), Is.EqualTo(IvrServerFactory.AccountSid));
        var grants = payload.RootElement.GetProperty("grants");
        Assert.That(grants.GetProperty("identity").GetString(), Is.EqualTo("c-en"));
        Assert.That(grants.GetProperty("voice").GetProperty("incoming").GetProperty("allow").GetBoolean(), Is.True);
    }

    [Test]
    public async Task VoiceToken_NoApiKey_Answers409()
    {
        await using var factory = await IvrServerFactory.StartAsync();
        var counselor = await LinkedCounselorAsync(factory);

        var response = await counselor.GetAsync("/api/counselor/voice-token");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    private static async Task<HttpClient> LinkedCounselorAsync(IvrServerFactory factory)
    {
        var (client, userId) = await factory.CreateSignedInUserAsync(Roles.Counselor);
        var operations = await factory.CreateSignedInClientAsync(Roles.Operations);
        (await operations.PutAsJsonAsync("/api/staffing/counselors/c-en", new CounselorRequest("Lee", new() { ["en"] = 4 }, null, null, userId))).EnsureSuccessStatusCode();
        return client;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - padded.Length % 4) % 4);
        return Encoding.UTF8.GetString(Convert.FromBase64String(padded));
    }
}
