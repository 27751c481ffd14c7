namespace Ivr.Server.CallRecords.Pipeline;

/// <summary>The moments of a batch at which a crash is most dangerous; tests inject one at each.</summary>
public enum WriterStage
{
    BeforeCommit,
    AfterCommitBeforeAck,
}
