namespace Ivr.Server.FollowUps;

/// <summary>
/// A task as the softphone shows it: never the caller's number (only whether there is one to call back), never
/// Twilio's recording URL.
/// </summary>
public sealed record FollowUpView(
    Guid Id, string Kind, string Language, DateTimeOffset CreatedAt, bool HasRecording, int RecordingSeconds,
    string State, string? ClaimedBy, DateTimeOffset? ClaimedAt, string? Disposition, string? DoneBy, DateTimeOffset? DoneAt, bool HasNumber = false)
{
    public static FollowUpView Of(FollowUpTask task) => new(
        task.Id, task.Kind, task.Language, task.CreatedAt, task.RecordingSid is not null, task.RecordingSeconds,
        task.State, task.ClaimedBy, task.ClaimedAt, task.Disposition, task.DoneBy, task.DoneAt, task.CallerProtected is not null);
}
