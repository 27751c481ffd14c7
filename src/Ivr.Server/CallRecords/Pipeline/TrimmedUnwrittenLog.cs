using StackExchange.Redis;

namespace Ivr.Server.CallRecords.Pipeline;

/// <summary>Counts and logs entries the stream's cap trimmed before they were written: their calls' records are incomplete.</summary>
public sealed class TrimmedUnwrittenLog(WriterStatus status, ILogger logger, RedisKey stream)
{
    public void Report(long count)
    {
        if (count > 0)
        {
            status.TrimmedUnwritten(count);
            logger.LogError("{Count} call events were trimmed from the stream {Stream} before they were written: their records are incomplete.", count, stream);
        }
    }
}
