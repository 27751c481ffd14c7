using Microsoft.Extensions.Options;
using Twilio.Types;

namespace Ivr.Server.CallControl.InCall;

/// <summary>
/// Rings a new leg into a call's conference: a consulted counselor's softphone, or an outside number. Its status
/// callbacks come to <see cref="ConsultLegEndpoint"/> or <see cref="PartyLegEndpoint"/>.
/// </summary>
public sealed class ConferenceInvites(ConferenceControl conference, PublicUrls urls, IOptions<CallControlOptions> options)
{
    /// <summary>The center's number (<c>CallControl:CenterNumber</c>), without which no outside number can be called.</summary>
    public string? CenterNumber => options.Value.CenterNumber;

    /// <returns>The consulted counselor's leg (its CallSid).</returns>
    public Task<string> RingCounselorAsync(CurrentCall current, string counselorId, string consultReservationId, int timeoutSeconds) =>
        conference.AddAsync(current.Legs.Conference, new Client(options.Value.CallerId), new Client(counselorId),
            urls.For(ConsultLegEndpoint.RouteName, new { reservationId = consultReservationId }), timeoutSeconds, "consult");

    /// <returns>The outside party's leg (its CallSid).</returns>
    public Task<string> RingNumberAsync(CurrentCall current, string centerNumber, string number) =>
        conference.AddAsync(current.Legs.Conference, new PhoneNumber(centerNumber), new PhoneNumber(number),
            urls.For(PartyLegEndpoint.RouteName, new { reservationId = current.ReservationId }), 60, "party-" + number);
}
