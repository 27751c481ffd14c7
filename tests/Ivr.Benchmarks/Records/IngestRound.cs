namespace Ivr.Benchmarks.Records;

/// <summary>
/// One round of the ingest benchmark, all in calls per second: the pipeline; a raw binary COPY of the call rows; a raw
/// COPY of the events and the rows; and, with <c>--ingest-ceilings</c>, the bounds of <see cref="DrainCeilings"/>.
/// </summary>
public sealed record IngestRound(double Pipeline, double Copy, double CopyWithEvents, int Events, double? OutboxAlone = null, double? CopyRowsWithEventsJsonb = null);
