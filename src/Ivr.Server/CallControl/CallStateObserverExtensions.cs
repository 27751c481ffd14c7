namespace Ivr.Server.CallControl;

public static class CallStateObserverExtensions
{
    /// <summary>Tells the observer about each counselor once; null ids (nobody consulted, say) are skipped.</summary>
    public static async Task CallsChangedAsync(this ICallStateObserver observer, CancellationToken cancellationToken, params string?[] counselorIds)
    {
        foreach (var id in counselorIds.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            await observer.CallChangedAsync(id, cancellationToken);
        }
    }
}
