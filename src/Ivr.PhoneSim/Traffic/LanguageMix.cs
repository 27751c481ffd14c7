namespace Ivr.PhoneSim.Traffic;

/// <summary>
/// Which language a caller picks. The default follows 1345's public figures (mission.md): 20 languages, Mandarin,
/// English and Vietnamese heaviest (2017: 272,888 / 69,972 / 68,395 consultations); the smaller shares are
/// illustrative. Numbers are keypad positions (Korean 1*); the server's menu decides what they mean.
/// </summary>
public sealed class LanguageMix(IReadOnlyList<Language> languages)
{
    public IReadOnlyList<Language> Languages { get; } = languages;

    // Numbered and coded as the server's default menu (src/Ivr.Server/Hours/DefaultLanguages.cs), so a virtual
    // counselor's languages are the server's language codes.
    public static LanguageMix Default { get; } = new(
    [
        new(1, "ko", 40), new(2, "en", 70), new(3, "zh", 273), new(4, "vi", 68),
        new(5, "th", 20), new(6, "ja", 8), new(7, "mn", 12), new(8, "id", 9),
        new(9, "fr", 3), new(10, "ru", 18), new(11, "ne", 9), new(12, "km", 10),
        new(13, "my", 8), new(14, "tl", 9), new(15, "si", 7), new(16, "ar", 5),
        new(17, "uz", 12), new(18, "bn", 4), new(19, "ur", 4), new(20, "kk", 6),
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
