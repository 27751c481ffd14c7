namespace Ivr.Server.FollowUps;

/// <summary>What one retention pass did.</summary>
/// <param name="Expired">Tasks whose personal data went in this pass.</param>
/// <param name="RecordingsDeleted">Recordings Twilio deleted (or did not know).</param>
/// <param name="RecordingsFailed">Recordings Twilio could not delete now; kept to try again.</param>
/// <param name="Removed">Rows deleted (<c>Delete</c> mode).</param>
public sealed record FollowUpRetentionPass(int Expired, int RecordingsDeleted, int RecordingsFailed, int Removed);
