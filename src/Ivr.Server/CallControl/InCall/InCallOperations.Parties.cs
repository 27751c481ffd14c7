using Ivr.Acd.Events;
using Ivr.Server.Telephony;
using Twilio.Types;

namespace Ivr.Server.CallControl.InCall;

public sealed partial class InCallOperations
{
    private const int MaxParties = 3;

    /// <summary>Three-way: rings an outside number (a police station, hospital, lawyer) into the call.</summary>
    public async Task<InCallReply> AddPartyAsync(string counselorId, string number, string? label, CancellationToken cancellationToken)
    {
        if (!E164Number.IsValid(number))
        {
            return InCallReply.BadRequest("The number must be in E.164 form, such as +8221234567.");
        }
        if (!await outsideNumbers.AllowsAsync(number, cancellationToken))
        {
            return InCallReply.Forbidden($"{number} is not among the numbers counselors may call (ask operations staff to allow its prefix).");
        }
        if (await LeadCallAsync(counselorId) is not { } current)
        {
            return await NotLeadReplyAsync(counselorId);
        }
        if (options.Value.CenterNumber is not { } centerNumber)
        {
            return InCallReply.Conflict("No center number is configured (CallControl:CenterNumber): outside numbers cannot be called.");
        }
        if (current.Legs.Parties.Count >= MaxParties)
        {
            return InCallReply.Conflict($"At most {MaxParties} outside numbers can join a call.");
        }
        return await TwilioAsync(async () =>
        {
            var partySid = await conference.AddAsync(current.Legs.Conference, new PhoneNumber(centerNumber), new PhoneNumber(number),
                urls.For(PartyLegEndpoint.RouteName, new { reservationId = current.ReservationId }), 60, "party-" + number);
            var party = new OutsideParty(partySid, number, string.IsNullOrWhiteSpace(label) ? null : label.Trim(), "", time.GetUtcNow());
            await legs.SetAsync(current.ReservationId, (CallLegState.PartyPrefix + partySid, party.ToJson()));
            // The number is kept even when a label names the institution: what was dialled at the center's expense.
            await AppendEventAsync(current.CallSid, CallEventTypes.PartyAdded, new() { ["institution"] = party.Label ?? number, ["number"] = number });
            await NotifyAsync(cancellationToken, counselorId);
            return InCallReply.Created(new ParticipantAddedResponse(partySid));
        });
    }

    public async Task<InCallReply> DropPartyAsync(string counselorId, string partyId, CancellationToken cancellationToken)
    {
        if (await LeadCallAsync(counselorId) is not { } current)
        {
            return await NotLeadReplyAsync(counselorId);
        }
        if (current.Legs.Parties.FirstOrDefault(party => party.Id == partyId) is not { } party)
        {
            return InCallReply.NotFound($"No participant {partyId} is on this call.");
        }
        return await TwilioAsync(async () =>
        {
            await conference.HangUpAsync(party.Id, ringing: party.State != "connected");
            // As a callback newer than any Twilio sends: a late "connected" cannot bring the party back.
            await legs.SetFromCallbackAsync(current.ReservationId, CallLegState.PartyStatePrefix + party.Id, int.MaxValue, "ended");
            await NotifyAsync(cancellationToken, counselorId);
            return InCallReply.NoContent();
        });
    }
}
