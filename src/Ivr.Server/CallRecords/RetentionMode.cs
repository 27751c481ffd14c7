namespace Ivr.Server.CallRecords;

public enum RetentionMode
{
    /// <summary>Keep the call row for statistics but clear the caller's number, its hash and the events.</summary>
    Anonymise,

    /// <summary>Delete the call row and its events; rollups keep the call counted.</summary>
    Delete,
}
