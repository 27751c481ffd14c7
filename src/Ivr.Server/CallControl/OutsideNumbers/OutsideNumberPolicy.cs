using System.Text.Json;
using Ivr.Server.Configuration;
using Ivr.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.CallControl.OutsideNumbers;

/// <summary>
/// Which outside numbers a counselor may ring into a call (toll fraud: a stolen or careless sign-in must not dial
/// premium-rate or international numbers at the center's expense). A number is allowed when it starts with one of
/// the prefixes operations staff keep; held in memory, so three-way calls go on while PostgreSQL is down.
/// </summary>
public sealed class OutsideNumberPolicy(IServiceScopeFactory scopes, TimeProvider time, ILogger<OutsideNumberPolicy> logger)
{
    /// <summary>
    /// Until operations staff save their own: Korean landlines (Seoul 02 and the provinces' 031-064, without the
    /// premium-rate 060), mobiles (010) and internet telephony (070). No international numbers.
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultPrefixes =
    [
        "+822", "+8231", "+8232", "+8233", "+8241", "+8242", "+8243", "+8244", "+8251", "+8252", "+8253", "+8254",
        "+8255", "+8261", "+8262", "+8263", "+8264", "+8210", "+8270",
    ];

    private readonly LastKnown<IReadOnlyList<string>> prefixes = new(
        cancellationToken => LoadAsync(scopes, cancellationToken), TimeSpan.FromSeconds(10), time, logger);

    public Task<IReadOnlyList<string>> AllowedPrefixesAsync(CancellationToken cancellationToken) => prefixes.GetAsync(cancellationToken);

    public async Task<bool> AllowsAsync(string number, CancellationToken cancellationToken) =>
        (await prefixes.GetAsync(cancellationToken)).Any(prefix => number.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>After operations staff saved new prefixes through this instance.</summary>
    public void Changed() => prefixes.Forget();

    internal static IReadOnlyList<string> Parse(OutsideNumbersRecord? record) =>
        record is null ? DefaultPrefixes : JsonSerializer.Deserialize<string[]>(record.AllowedPrefixes) ?? [];

    private static async Task<IReadOnlyList<string>> LoadAsync(IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfigurationDbContext>();
        return Parse(await db.OutsideNumbers.AsNoTracking().SingleOrDefaultAsync(cancellationToken));
    }
}
