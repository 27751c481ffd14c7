namespace Ivr.Server.CallRecords.Pipeline;

/// <summary>Called at each <see cref="WriterStage"/> of every batch; a hook that throws simulates a crash there. None in production.</summary>
public sealed record WriterHooks(Func<WriterStage, CancellationToken, Task> AtStage);
