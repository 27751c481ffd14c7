using Ivr.Server.Recordings;

namespace Ivr.Server.Ivr;

/// <summary>
/// Whether the conversation of a caller about to be connected is recorded: from their session (the consent, the
/// tags of the menu and of hold keys) and the recording options (<see cref="CallRecordingCallback"/>).
/// </summary>
public sealed class CallRecordingDecision(CallMenus menus, CallRecordingCallback recording)
{
    /// <returns>The recording status callback's route values, or null when the call is not recorded.</returns>
    public async Task<object?> RouteValuesAsync(string callSid, string language, CancellationToken cancellationToken)
    {
        var (menu, snapshot, session) = await menus.ForCallAsync(callSid, cancellationToken);
        return session is null ? null : recording.For(snapshot, callSid, language, session.Consent, HoldRejoin.Tags(menu, session));
    }
}
