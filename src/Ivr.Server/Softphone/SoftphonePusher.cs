using Ivr.Server.CallControl;
using Microsoft.AspNetCore.SignalR;

namespace Ivr.Server.Softphone;

/// <summary>
/// Sends a counselor's current state to the pages watching them. As call control's <see cref="ICallStateObserver"/>
/// it pushes in-call changes (mute, hold, transfer) the moment they happen. A language's follow-up tasks changing is
/// told to every softphone page on this instance (only the language: each page reads the tasks it may see again).
/// </summary>
public sealed class SoftphonePusher(IHubContext<SoftphoneHub> hub, SoftphoneStateReader reader, SoftphoneWatchers watchers, ILogger<SoftphonePusher> logger)
    : ICallStateObserver
{
    public async Task FollowUpsChangedAsync(string language, CancellationToken cancellationToken)
    {
        try
        {
            await hub.Clients.All.SendAsync(SoftphoneHub.FollowUpsMessage, new { language }, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not push the follow-up change of {Language}", language);
        }
    }

    public async Task CallChangedAsync(string counselorId, CancellationToken cancellationToken)
    {
        if (!watchers.IsWatched(counselorId))
        {
            return;
        }
        try
        {
            if (await reader.ReadAsync(counselorId, cancellationToken) is { } state)
            {
                await hub.Clients.Group(SoftphoneHub.Group(counselorId)).SendAsync(SoftphoneHub.StateMessage, state, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A missed push is repaired by the next one, or by the page's own reload of the state.
            logger.LogWarning(exception, "Could not push the softphone state of counselor {Counselor}", counselorId);
        }
    }
}
