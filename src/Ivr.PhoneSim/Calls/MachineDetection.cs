using Ivr.PhoneSim.Parties;

namespace Ivr.PhoneSim.Calls;

/// <summary>
/// What AMD concludes about the answering party, and after how long. Twilio's defaults: speech longer than
/// MachineDetectionSpeechThreshold (2400 ms) is a machine, reported at once with Enable (machine_start); with
/// DetectMessageEnd the answer waits for the greeting to end (machine_end_beep); a short "hello" followed by
/// MachineDetectionSpeechEndThreshold (1200 ms) of silence is a human. Past MachineDetectionTimeout: unknown.
/// </summary>
public static class MachineDetection
{
    public const string Human = "human";
    public const string MachineStart = "machine_start";
    public const string MachineEndBeep = "machine_end_beep";
    public const string Unknown = "unknown";

    private static readonly TimeSpan SpeechThreshold = TimeSpan.FromMilliseconds(2400);
    private static readonly TimeSpan HumanGreetingAndSilence = TimeSpan.FromMilliseconds(1000 + 1200);

    public static (string AnsweredBy, TimeSpan After) Detect(IParty party, MachineDetectionSetup setup)
    {
        var (answeredBy, after) = party switch
        {
            IAnsweringMachine machine when setup.Mode == MachineDetectionSetup.DetectMessageEnd => (MachineEndBeep, machine.Greeting),
            IAnsweringMachine => (MachineStart, SpeechThreshold),
            _ => (Human, HumanGreetingAndSilence),
        };
        return after > setup.Timeout ? (Unknown, setup.Timeout) : (answeredBy, after);
    }
}
