using System.Globalization;

namespace Ivr.Server.Monitoring;

/// <summary>
/// One supervisor monitoring one call: who (<see cref="Supervisor"/> the account's name, <see cref="Identity"/> their
/// browser device's Twilio Client identity), which call (the caller's <see cref="CallSid"/>, the counselor, the
/// conference and the counselor's leg, which a whisper coaches), the supervisor's own <see cref="Leg"/>, the mode now
/// and every mode used. <see cref="State"/> is ringing until the supervisor's device answers, then connected, and
/// leaving from the supervisor's asking to leave until their leg has ended.
/// </summary>
public sealed record MonitorSession(
    string Id,
    string Supervisor,
    string Identity,
    string CounselorId,
    string CallSid,
    string ReservationId,
    string Conference,
    string CounselorLeg,
    string? Leg,
    string Mode,
    IReadOnlyList<string> Modes,
    string State,
    DateTimeOffset StartedAt,
    DateTimeOffset? ConnectedAt)
{
    public const string Ringing = "ringing";
    public const string Connected = "connected";
    public const string Leaving = "leaving";

    /// <summary>The stored fields that change during a session (see <see cref="ToFields"/>).</summary>
    public const string CounselorField = "counselor";
    public const string CounselorLegField = "counselor-leg";
    public const string LegField = "leg";
    public const string ModeField = "mode";
    public const string ModesField = "modes";
    public const string StateField = "state";
    public const string ConnectedField = "connected";

    public IReadOnlyDictionary<string, string> ToFields() => new Dictionary<string, string>
    {
        ["id"] = Id,
        ["supervisor"] = Supervisor,
        ["identity"] = Identity,
        [CounselorField] = CounselorId,
        ["call"] = CallSid,
        ["reservation"] = ReservationId,
        ["conference"] = Conference,
        [CounselorLegField] = CounselorLeg,
        [LegField] = Leg ?? "",
        [ModeField] = Mode,
        [ModesField] = string.Join(',', Modes),
        [StateField] = State,
        ["started"] = StartedAt.ToString("O", CultureInfo.InvariantCulture),
        [ConnectedField] = ConnectedAt?.ToString("O", CultureInfo.InvariantCulture) ?? "",
    };

    public static MonitorSession? FromFields(IReadOnlyDictionary<string, string> fields)
    {
        string Get(string name) => fields.TryGetValue(name, out var value) ? value : "";
        if (Get("id") is not { Length: > 0 } id)
        {
            return null;
        }
        return new MonitorSession(id, Get("supervisor"), Get("identity"), Get(CounselorField), Get("call"), Get("reservation"), Get("conference"),
            Get(CounselorLegField), Get(LegField) is { Length: > 0 } leg ? leg : null, Get(ModeField),
            Get(ModesField).Split(',', StringSplitOptions.RemoveEmptyEntries), Get(StateField),
            DateTimeOffset.Parse(Get("started"), CultureInfo.InvariantCulture),
            DateTimeOffset.TryParse(Get(ConnectedField), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : null);
    }
}
