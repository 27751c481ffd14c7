using Ivr.PhoneSim.Calls;

namespace Ivr.PhoneSim.Parties;

/// <summary>What a party can do to its own call: hang up. Time comes from the simulator's clock.</summary>
public interface IPhoneLine
{
    TimeProvider Clock { get; }

    void HangUp(SimCall call);
}
