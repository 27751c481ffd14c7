using System.Text.RegularExpressions;

namespace Ivr.Server.Telephony.Rest;

/// <summary>
/// Which Twilio REST requests may be sent again after a timeout or a 5xx: reads, deletes, and updates of an existing
/// resource (setting the same Url or Status twice changes nothing; a recording's Status too, by its sid or
/// Twilio.CURRENT). Creating a call or a participant is never replayed: the first attempt may have rung a phone.
/// </summary>
public static partial class TwilioReplayPolicy
{
    public static bool IsSafe(HttpRequestMessage? request) =>
        request is not null &&
        (request.Method == HttpMethod.Get || request.Method == HttpMethod.Delete ||
         (request.Method == HttpMethod.Post && request.RequestUri is { } uri && UpdateOfExistingResource().IsMatch(uri.AbsolutePath)));

    // .../Calls/CA....json, .../Participants/CA....json, .../Members/CA....json, .../Conferences/CF....json,
    // .../Recordings/RE....json or .../Recordings/Twilio.CURRENT.json
    [GeneratedRegex(@"/((Calls|Participants|Members|Conferences|Recordings)/[A-Za-z0-9_-]+|Recordings/Twilio\.CURRENT)\.json$")]
    private static partial Regex UpdateOfExistingResource();
}
