using Ivr.Server.Configuration;
using Ivr.Server.Menus;

namespace Ivr.Server.Ivr;

/// <summary>The menu a call started on (its session's version; the active one when the session is gone), with the snapshot and the session.</summary>
public sealed class CallMenus(ConfigurationCache configuration, CallSessionStore sessions)
{
    public async Task<(MenuDefinition Menu, IvrSnapshot Snapshot, CallSession? Session)> ForCallAsync(string callSid, CancellationToken cancellationToken)
    {
        var snapshot = await configuration.GetAsync(cancellationToken);
        var session = await sessions.GetAsync(callSid);
        var menu = session is null ? null : await configuration.GetMenuAsync(session.MenuVersion, cancellationToken);
        return (menu ?? snapshot.ActiveMenu, snapshot, session);
    }
}
