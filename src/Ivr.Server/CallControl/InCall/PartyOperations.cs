using Ivr.Acd.Events;
using Ivr.Server.CallControl.OutsideNumbers;
using Ivr.Server.Institutions;
using Ivr.Server.Telephony;

namespace Ivr.Server.CallControl.InCall;

/// <summary>
/// Three-way calls: an institution of the directory (a police station, hospital, support center) or an outside number
/// added to and dropped from a call. A directory number is rung as operations staff entered it; a raw number only
/// when the allowed-prefix rule allows it.
/// </summary>
public sealed class PartyOperations(
    CurrentCalls calls, CallLegs legs, ConferenceControl conference, ConferenceInvites invites, OutsideNumberPolicy outsideNumbers,
    InstitutionDirectory directory, InCallEvents events, ICallStateObserver observer, TimeProvider time)
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
        return await RingAsync(counselorId, number, string.IsNullOrWhiteSpace(label) ? null : label.Trim(), institution: null, cancellationToken);
    }

    /// <summary>Rings the institution's main number, or its <paramref name="department"/>'s.</summary>
    public async Task<InCallReply> AddInstitutionAsync(string counselorId, string institutionId, string? department, CancellationToken cancellationToken)
    {
        if (await directory.FindAsync(institutionId, cancellationToken) is not { } institution)
        {
            return InCallReply.BadRequest($"'{institutionId}' is not an institution of the directory.");
        }
        if (institution.NumberFor(string.IsNullOrEmpty(department) ? null : department) is not { } number)
        {
            return InCallReply.BadRequest($"{institution.NameKo} has no department '{department}'.");
        }
        var label = string.IsNullOrEmpty(department) ? institution.NameKo : $"{institution.NameKo} {department}";
        return await RingAsync(counselorId, number, label.Length > 64 ? label[..64] : label, institution.Id, cancellationToken);
    }

    private async Task<InCallReply> RingAsync(string counselorId, string number, string? label, string? institution, CancellationToken cancellationToken)
    {
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
            var party = new OutsideParty(partySid, number, label, "", time.GetUtcNow(), institution);
            await legs.SetAsync(current.ReservationId, (CallLegState.PartyPrefix + partySid, party.ToJson()));
            // The record keeps the directory's id (reports name it), else the label or number; the number is kept as
            // well: what was dialled at the center's expense.
            await events.AppendAsync(current.CallSid, CallEventTypes.PartyAdded,
                new() { ["institution"] = institution ?? label ?? number, ["number"] = number, ["party"] = partySid });
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
