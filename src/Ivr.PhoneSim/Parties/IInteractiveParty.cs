using Ivr.PhoneSim.Calls;

namespace Ivr.PhoneSim.Parties;

/// <summary>
/// A party a person drives (the softphone page through the simulator's browser device): when rung, it answers or
/// declines whenever the person clicks, within <c>timeout</c> of real time, not at a delay decided up front.
/// </summary>
public interface IInteractiveParty : IParty
{
    /// <summary>Answer or Decline as the person chose; Ignore when the timeout passed without a choice.</summary>
    Task<RingAnswer> WaitForRingAnswerAsync(SimCall call, TimeSpan timeout, CancellationToken cancellationToken);
}
