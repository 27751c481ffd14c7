using System.Globalization;
using Ivr.Server.Ivr;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Ivr.Server.Tests.Ivr.IvrTestServer;

namespace Ivr.Server.Tests.Ivr;

/// <summary>Callers for the remembered-language tests: a number of their own, a first call that chooses, what Redis keeps.</summary>
public static class RememberedCallers
{
    private static int next = Random.Shared.Next(10_000_000, 90_000_000);

    /// <summary>A Korean mobile number no other test calls from.</summary>
    public static string NewNumber() => "+8210" + Interlocked.Increment(ref next).ToString(CultureInfo.InvariantCulture);

    /// <summary>A call from <paramref name="from"/> that keys <paramref name="digits"/> at the greeting (e.g. 4* for Vietnamese).</summary>
    public static async Task ChooseAsync(IvrTestServer server, string from, string digits)
    {
        var callSid = NewCallSid();
        var greeting = await server.TwimlAsync("/twilio/voice/incoming", Call(callSid, ("From", from)));
        await server.PressAsync(greeting, callSid, digits, from);
    }

    /// <summary>What Redis keeps for the caller (under the keyed hash of their number), or null.</summary>
    public static async Task<string?> EntryAsync(IvrTestServer server, string from) =>
        await TestServices.RedisConnection.GetDatabase().StringGetAsync(server.Factory.Services.GetRequiredService<RememberedLanguageStore>().Key(from));

    /// <summary>Every remembered-language key of the server's contact center.</summary>
    public static IEnumerable<string> Keys(IvrTestServer server) =>
        TestServices.RedisConnection.GetServers()[0].Keys(pattern: server.Keys.Prefix + "ivr:remembered-language:*").Select(key => key.ToString());
}
