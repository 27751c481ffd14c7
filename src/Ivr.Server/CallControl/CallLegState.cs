using System.Globalization;
using System.Text.Json;
using Ivr.Acd.Engine;

namespace Ivr.Server.CallControl;

/// <summary>
/// The fields <see cref="CallLegs"/> keeps per reservation. The counselor rung by the reservation and their leg never
/// change; a consulted counselor and, after a hand-over, the counselor who took the call over have their own fields,
/// so a late callback from any leg is matched to the right counselor.
/// </summary>
public sealed class CallLegState(string reservationId, IReadOnlyDictionary<string, string> fields)
{
    public const string CallerField = "caller";
    public const string CounselorField = "counselor";
    public const string LegField = "leg";
    public const string ConferenceField = "conference";
    public const string HeldField = "held";

    /// <summary>Set when the counselor's ring created the conference recorded (Recordings/RecordingPauses pauses it on hold).</summary>
    public const string RecordedField = "recorded";
    public const string ConsultCounselorField = "consult:counselor";
    public const string ConsultLegField = "consult:leg";
    public const string ConsultReservationField = "consult:reservation";
    public const string ConsultStateField = "consult:state";
    public const string HandedToField = "handed:counselor";
    public const string HandedLegField = "handed:leg";

    /// <summary>
    /// A callback's or an outbound call's: the call dialled to the caller or the number (the ACD knows the call by the
    /// callback's or outbound call's id, Twilio by this).
    /// </summary>
    public const string DialledField = "dialled";

    /// <summary>Set once when a callback's or an outbound call's dial is placed, so a repeated answer never dials twice.</summary>
    public const string DialClaimField = "dial";

    /// <summary>An outbound call's: the number to dial (E.164).</summary>
    public const string OutboundNumberField = "outbound:number";

    /// <summary>Set on a consult's own reservation: the reservation whose conference the consult joins.</summary>
    public const string MainReservationField = "main";

    public const string PartyPrefix = "party:";

    /// <summary>
    /// Which came first once the counselor answered: the caller fetching the conference's TwiML
    /// (<see cref="CallerJoined"/>) or the counselor's leg ending (<see cref="CounselorLeft"/>). Written once: a
    /// counselor who left first puts the caller back in line; one who left after ends the call.
    /// </summary>
    public const string MeetingField = "meeting";

    public const string CallerJoined = "caller-joined";
    public const string CounselorLeft = "counselor-left";

    /// <summary>
    /// Set by supervision while a supervisor monitors the call and operations let counselors see it: the mode
    /// (listen, whisper, barge), shown on the counselor's softphone.
    /// </summary>
    public const string MonitorField = "monitor";

    /// <summary>A party's call state, written only by its status callbacks (which may come before the party is listed).</summary>
    public const string PartyStatePrefix = "party-state:";

    public static string MutedField(string counselorId) => "muted:" + counselorId;

    public static string ConnectedAtField(string counselorId) => "connected:" + counselorId;

    public string ReservationId { get; } = reservationId;

    public string? CallerSid => Get(CallerField);

    /// <summary>A callback's or an outbound call's: the call dialled on this reservation, once placed.</summary>
    public string? Dialled => Get(DialledField);

    /// <summary>
    /// The caller's Twilio call: their own CallSid, or for a callback or an outbound call the call dialled (null until
    /// dialled).
    /// </summary>
    public string? CallerCallSid => Dialled ?? (CallerSid is { } sid && !AcdEngine.IsCallbackId(sid) && !AcdEngine.IsOutboundId(sid) ? sid : null);

    /// <summary>An outbound call's number to dial.</summary>
    public string? OutboundNumber => Get(OutboundNumberField);

    public string? Counselor => Get(CounselorField);

    public string? ConsultCounselor => Get(ConsultCounselorField);

    public string? ConsultReservation => Get(ConsultReservationField);

    public string? ConsultState => Get(ConsultStateField);

    public string? MainReservation => Get(MainReservationField);

    public bool Held => Get(HeldField) == "true";

    /// <summary>Whether the conference is recorded (see <see cref="RecordedField"/>).</summary>
    public bool Recorded => Get(RecordedField) == "true";

    /// <summary>How a supervisor monitors the call, when counselors are told (see <see cref="MonitorField"/>).</summary>
    public string? Monitor => Get(MonitorField);

    /// <summary>The conference's sid once known, else its name (Twilio accepts it where a conference is created).</summary>
    public string Conference => Get(ConferenceField) ?? ConferenceNames.ForReservation(ReservationId);

    public bool IsMuted(string counselorId) => Get(MutedField(counselorId)) == "true";

    public DateTimeOffset? ConnectedAt(string counselorId) =>
        DateTimeOffset.TryParse(Get(ConnectedAtField(counselorId)), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : null;

    /// <summary>Whether this reservation rang, consulted or handed the call to the counselor.</summary>
    public bool Involves(string counselorId) =>
        counselorId == Counselor || counselorId == ConsultCounselor || counselorId == Get(HandedToField);

    /// <summary>The Twilio call of a counselor on this conference: the one rung for it, the consulted one, or the one handed the call.</summary>
    public string? LegOf(string counselorId) =>
        counselorId == Counselor ? Get(LegField)
        : counselorId == ConsultCounselor ? Get(ConsultLegField)
        : counselorId == Get(HandedToField) ? Get(HandedLegField)
        : null;

    /// <summary>The outside parties still ringing or connected, in the order they were added.</summary>
    public IReadOnlyList<OutsideParty> Parties =>
    [
        .. fields.Where(entry => entry.Key.StartsWith(PartyPrefix, StringComparison.Ordinal))
            .Select(entry => JsonSerializer.Deserialize<OutsideParty>(entry.Value, JsonSerializerOptions.Web)! with
            {
                Id = entry.Key[PartyPrefix.Length..],
                State = FromCallback(Get(PartyStatePrefix + entry.Key[PartyPrefix.Length..])) ?? "ringing",
            })
            .Where(party => party.State != "ended")
            .OrderBy(party => party.AddedAt),
    ];

    // "sequence|value", as CallLegs.SetFromCallbackAsync stores it.
    private static string? FromCallback(string? stored) => stored?[(stored.IndexOf('|', StringComparison.Ordinal) + 1)..];

    private string? Get(string field) => fields.TryGetValue(field, out var value) && value.Length > 0 ? value : null;
}

/// <summary>
/// An outside number added to the call (a police station, hospital, lawyer); <paramref name="Id"/> is its CallSid,
/// <paramref name="State"/> ringing, connected or ended; <paramref name="Institution"/> the directory's id when picked from it.
/// </summary>
public sealed record OutsideParty(string Id, string Number, string? Label, string State, DateTimeOffset AddedAt, string? Institution = null)
{
    public string ToJson() => JsonSerializer.Serialize(this, JsonSerializerOptions.Web);
}
