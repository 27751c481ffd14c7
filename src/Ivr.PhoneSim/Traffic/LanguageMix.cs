namespace Ivr.PhoneSim.Traffic;

/// <summary>
/// Which language a caller picks. The default follows 1345's public figures (mission.md): 20 languages, Mandarin,
/// English and Vietnamese heaviest (2017: 272,888 / 69,972 / 68,395 consultations); the smaller shares are
/// illustrative. Numbers are keypad positions (Korean 1*); the server's menu decides what they mean.
/// </summary>
public sealed class LanguageMix(IReadOnlyList<Language> languages)
{
    public IReadOnlyList<Language> Languages { get; } = languages;

    public static LanguageMix Default { get; } = new(
    [
        new(1, "Korean", 40), new(2, "English", 70), new(3, "Chinese", 273), new(4, "Vietnamese", 68),
        new(5, "Japanese", 8), new(6, "Mongolian", 12), new(7, "Burmese", 8), new(8, "Arabic", 5),
        new(9, "Sinhala", 7), new(10, "Khmer", 10), new(11, "Russian", 18), new(12, "Thai", 20),
        new(13, "Indonesian", 9), new(14, "Nepali", 9), new(15, "Uzbek", 12), new(16, "Bengali", 4),
        new(17, "Urdu", 4), new(18, "Filipino", 9), new(19, "French", 3), new(20, "Kazakh", 6),
    ]);

    public Language Pick(Random random)
    {
        var total = Languages.Sum(l => l.Weight);
        var point = random.NextDouble() * total;
        foreach (var language in Languages)
        {
            point -= language.Weight;
            if (point <= 0)
            {
                return language;
            }
        }
        return Languages[^1];
    }
}
