namespace Ivr.Server.CallControl.InCall;

/// <summary>
/// The signed-in counselor's current call as the softphone shows it. <paramref name="Muted"/> is the counselor's own
/// microphone; <paramref name="Held"/> whether the caller hears hold audio; <paramref name="Consult"/> the counselor
/// consulted for a warm transfer (state ringing or connected); <paramref name="Participants"/> outside numbers added;
/// <paramref name="Monitor"/> how a supervisor monitors the call (listen, whisper, barge) when operations let
/// counselors see it, else null.
/// </summary>
public sealed record ActiveCallView(
    string ReservationId,
    string Language,
    DateTimeOffset? ConnectedAt,
    bool Muted,
    bool Held,
    ConsultView? Consult,
    IReadOnlyList<ParticipantView> Participants,
    string? Monitor = null);

public sealed record ConsultView(string CounselorId, string State);

/// <summary><paramref name="State"/>: ringing or connected.</summary>
public sealed record ParticipantView(string Id, string Number, string? Label, string State);

/// <summary>The counselor's own state after leaving a call (e.g. WrapUp).</summary>
public sealed record CallLeftResponse(string State);

public sealed record ParticipantAddedResponse(string Id);
