using Ivr.Acd.Events;
using Ivr.Server.CallControl.OutsideNumbers;
using Ivr.Server.Telephony;

namespace Ivr.Server.CallControl.InCall;

/// <summary>Three-way calls: outside numbers (a police station, hospital, lawyer) added to and dropped from a call.</summary>
public sealed class PartyOperations(
    CurrentCalls calls, CallLegs legs, ConferenceControl conference, ConferenceInvites invites, OutsideNumberPolicy outsideNumbers,
    InCallEvents events, ICallStateObserver observer, TimeProvider time)
{
    private const int MaxParties = 3;

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
        if (await calls.FindLeadAsync(counselorId) is not { } current)
        {
            return await calls.NotLeadReplyAsync(counselorId);
        }
        if (invites.CenterNumber is not { } centerNumber)
        {
            return InCallReply.Conflict("No center number is configured (CallControl:CenterNumber): outside numbers cannot be called.");
        }
        if (current.Legs.Parties.Count >= MaxParties)
        {
            return InCallReply.Conflict($"At most {MaxParties} outside numbers can join a call.");
        }
        return await InCallSteps.OrBadGatewayAsync(async () =>
        {
            var partySid = await invites.RingNumberAsync(current, centerNumber, number);
            var party = new OutsideParty(partySid, number, string.IsNullOrWhiteSpace(label) ? null : label.Trim(), "", time.GetUtcNow());
            await legs.SetAsync(current.ReservationId, (CallLegState.PartyPrefix + partySid, party.ToJson()));
            // The number is kept even when a label names the institution: what was dialled at the center's expense.
            await events.AppendAsync(current.CallSid, CallEventTypes.PartyAdded, new() { ["institution"] = party.Label ?? number, ["number"] = number });
            await observer.CallsChangedAsync(cancellationToken, counselorId);
            return InCallReply.Created(new ParticipantAddedResponse(partySid));
        });
    }

    public async Task<InCallReply> DropPartyAsync(string counselorId, string partyId, CancellationToken cancellationToken)
    {
        if (await calls.FindLeadAsync(counselorId) is not { } current)
        {
            return await calls.NotLeadReplyAsync(counselorId);
        }
        if (current.Legs.Parties.FirstOrDefault(party => party.Id == partyId) is not { } party)
        {
            return InCallReply.NotFound($"No participant {partyId} is on this call.");
        }
        return await InCallSteps.OrBadGatewayAsync(async () =>
        {
            await conference.HangUpAsync(party.Id, ringing: party.State != "connected");
            // As a callback newer than any Twilio sends: a late "connected" cannot bring the party back.
            await legs.SetFromCallbackAsync(current.ReservationId, CallLegState.PartyStatePrefix + party.Id, int.MaxValue, "ended");
            await observer.CallsChangedAsync(cancellationToken, counselorId);
            return InCallReply.NoContent();
        });
    }
}
