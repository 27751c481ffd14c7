namespace Ivr.PhoneSim.Parties;

/// <summary>
/// Keys a party presses at a Gather, the rest <see cref="BetweenKeys"/> apart. The first comes
/// <see cref="FirstKeyDelay"/> after the prompts end, or, with <see cref="BargeIn"/>, after the prompts start: a key
/// pressed during a Gather's prompts stops them, as Twilio does for DTMF.
/// </summary>
public sealed record KeyInput(string Keys, TimeSpan FirstKeyDelay, TimeSpan BetweenKeys, bool BargeIn = false)
{
    public static KeyInput Quick(string keys) => new(keys, TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(300));
}
