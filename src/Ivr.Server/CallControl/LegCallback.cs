using Ivr.Server.Telephony;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ivr.Server.CallControl;

/// <summary>
/// A Twilio status callback of a leg rung into a conference (a counselor, a consulted counselor, an outside party):
/// the leg's CallSid, its <see cref="CallStatuses">CallStatus</see> and the SequenceNumber Twilio numbers its
/// callbacks with. Read with <see cref="ReadNewestAsync"/>, which also drops a stale callback (see
/// <see cref="CallbackSequencer"/>); a final callback's <paramref name="Duration"/> is Twilio's CallDuration (seconds connected).
/// </summary>
public sealed record LegCallback(string CallSid, string Status, int Sequence, int? Duration = null)
{
    /// <summary>
    /// Reads the form; the callback, or the reply to give instead: 400 when a parameter is missing or malformed.
    /// </summary>
    public static async Task<(LegCallback? Callback, Results<NoContent, BadRequest<string>> Reply)> ReadAsync(
        HttpRequest request, CancellationToken cancellationToken)
    {
        if (!TwilioVoiceRequest.TryRead(await request.ReadFormAsync(cancellationToken), out var leg, out var problem) ||
            leg is not { CallStatus: { Length: > 0 } status, SequenceNumber: { } sequence })
        {
            return (null, TypedResults.BadRequest(problem.Length > 0 ? problem : "CallStatus and SequenceNumber are required."));
        }
        return (new LegCallback(leg.CallSid, status, sequence, leg.CallDuration), TypedResults.NoContent());
    }

    /// <summary>
    /// As <see cref="ReadAsync"/>, and a callback older than one already handled for its leg is stale: no callback,
    /// and the reply 204 (this delivery again is let through: the handlers are idempotent).
    /// </summary>
    public static async Task<(LegCallback? Callback, Results<NoContent, BadRequest<string>> Reply)> ReadNewestAsync(
        HttpRequest request, CallbackSequencer sequencer, CancellationToken cancellationToken)
    {
        var (callback, reply) = await ReadAsync(request, cancellationToken);
        return callback is not null && !await sequencer.IsNewestAsync(callback.CallSid, callback.Sequence, CallbackSequencer.DeliveryOf(request))
            ? (null, TypedResults.NoContent())
            : (callback, reply);
    }
}
