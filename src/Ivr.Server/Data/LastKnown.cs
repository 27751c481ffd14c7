namespace Ivr.Server.Data;

/// <summary>
/// A small, rarely changing value read from PostgreSQL (who is linked to which counselor, the wrap-up code lists) and
/// kept in memory, so the actions that need it keep working while PostgreSQL is down. A stale value is served at once
/// while one refresh runs in the background; only the first read, or the first after <see cref="Forget"/>, waits for
/// the database.
/// </summary>
public sealed partial class LastKnown<T>(Func<CancellationToken, Task<T>> load, TimeSpan freshFor, TimeProvider time, ILogger logger)
    where T : class
{
    private sealed record Held(T Value, long ReadAt);

    private Held? held;
    private int refreshing;

    public async Task<T> GetAsync(CancellationToken cancellationToken)
    {
        var current = held;
        if (current is null)
        {
            return await LoadAsync(cancellationToken);
        }
        if (time.GetElapsedTime(current.ReadAt) >= freshFor && Interlocked.Exchange(ref refreshing, 1) == 0)
        {
            _ = RefreshAsync();
        }
        return current.Value;
    }

    /// <summary>After a change made through this instance: the next read waits for the database, never serving the old value.</summary>
    public void Forget() => held = null;

    private async Task<T> LoadAsync(CancellationToken cancellationToken)
    {
        var value = await load(cancellationToken);
        held = new Held(value, time.GetTimestamp());
        return value;
    }

    private async Task RefreshAsync()
    {
        try
        {
            await LoadAsync(CancellationToken.None);
        }
        catch (Exception exception)
        {
            LogRefreshFailed(typeof(T).Name, $"{exception.GetType().Name}: {exception.Message}");
        }
        finally
        {
            Volatile.Write(ref refreshing, 0);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not refresh {Value} from the database; serving the last known: {Reason}")]
    private partial void LogRefreshFailed(string value, string reason);
}
