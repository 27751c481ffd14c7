using System.Text.Json;
using Ivr.PhoneSim.Traffic;

namespace Ivr.PhoneSim.Modes;

/// <summary>
/// Prints the virtual counselors the load and demo modes register (identity, languages, level) as JSON, so the
/// server can be seeded with the same roster. The roster is fixed by --counselors and the seed.
/// </summary>
public static class RosterMode
{
    public static int Run(CommandLine command)
    {
        var options = new TrafficOptions { Counselors = (int)command.Number("counselors", 108) };
        var journal = new Journal.MemoryJournal();
        using var http = new HttpClient();
        var sim = new SimulatedTwilio(new SimulatorOptions(), TimeProvider.System, http, journal);
        var roster = new CallGenerator(sim, options, LanguageMix.Default, new TrafficMetrics()).RegisterCounselors()
            .Select(c => new { identity = c.Identity, languages = c.Languages, level = c.Level });
        Console.WriteLine(JsonSerializer.Serialize(roster, new JsonSerializerOptions { WriteIndented = true }));
        return 0;
    }
}
