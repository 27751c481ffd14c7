using Ivr.Server.CallControl;

namespace Ivr.Server.Monitoring;

/// <summary>Call control's <see cref="ICallHandoverObserver"/>: a monitoring session follows its call to the new counselor.</summary>
public sealed class MonitorHandover(IServiceScopeFactory scopes) : ICallHandoverObserver
{
    public async Task HandedOverAsync(string callSid, string counselorId, string counselorLeg, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MonitoringService>().FollowHandoverAsync(callSid, counselorId, counselorLeg, cancellationToken);
    }
}
