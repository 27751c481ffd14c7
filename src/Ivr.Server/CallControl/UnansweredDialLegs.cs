using Ivr.Server.CallControl.InCall;

namespace Ivr.Server.CallControl;

/// <summary>
/// A call dialled from the center's number that reached nobody (a callback's attempt, a call a counselor placed): the
/// counselor's leg, left alone in the conference, is ended, and so is the dial while it still rings.
/// </summary>
public sealed class UnansweredDialLegs(CounselorLegHangUps hangUps, ConferenceControl conference, ILogger<UnansweredDialLegs> logger)
{
    public async Task EndAsync(CallLegState state, bool counselorLeg, bool dial)
    {
        if (counselorLeg && state.Counselor is { } counselor && state.LegOf(counselor) is { } leg)
        {
            await hangUps.EndAsync(leg, answered: true);
        }
        if (dial && state.Dialled is { } dialled)
        {
            await InCallSteps.BestEffortAsync(logger, () => conference.HangUpAsync(dialled, ringing: true), "stop the dial from the center's number");
        }
    }
}
