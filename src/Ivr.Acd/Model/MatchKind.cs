namespace Ivr.Acd.Model;

public enum MatchKind
{
    /// <summary>A caller on hold: ring the counselor, then bridge the caller.</summary>
    Caller,

    /// <summary>
    /// A callback (<see cref="Match.CallSid"/> is its id): ring the counselor; once they accept, dial the number
    /// (<c>GetCallbackAsync</c>) and report <c>CallbackConnectedAsync</c> or <c>CallbackAttemptFailedAsync</c>.
    /// </summary>
    Callback,
}
