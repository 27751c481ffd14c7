using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Ivr.Server.RateLimiting;

/// <summary>
/// Counts only the requests to <c>/twilio</c> whose signature failed, per client address: once an address has used
/// its refusals for the window, it gets 429 instead of 403. A signed request never takes a permit, so a burst of
/// genuine calls (a busy helpline) is never limited; the route middleware cannot do this, as it decides before the
/// signature is known.
/// </summary>
public sealed class TwilioRefusalLimiter(IOptions<RateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.TwilioRefusalPermitLimit,
            Window = options.Value.TwilioRefusalWindow,
            QueueLimit = 0,
        }));

    /// <summary>Takes one refusal from the address's allowance; false when none is left (answer 429).</summary>
    public bool TryRefuse(HttpContext context)
    {
        using var lease = limiter.AttemptAcquire(RateLimitingServiceCollectionExtensions.ClientAddress(context));
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
