namespace Ivr.PhoneSim.Parties;

/// <summary>Keys a party presses at a Gather: the first after <see cref="FirstKeyDelay"/> (counted from the end of the prompts), the rest <see cref="BetweenKeys"/> apart.</summary>
public sealed record KeyInput(string Keys, TimeSpan FirstKeyDelay, TimeSpan BetweenKeys)
{
    public static KeyInput Quick(string keys) => new(keys, TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(300));
}
