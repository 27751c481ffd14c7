namespace Ivr.Server.CallRecords.Demo;

/// <summary>
/// The published 2017 figures of the 1345 center (1.68 million consultations; Mandarin 272,888, English 69,972,
/// Vietnamese 68,395; F-4 167,712, H-2 137,466, F-6 127,688) and an assumed split of the rest, which the news
/// reports do not give. Other years are the same shape scaled by <see cref="Scale"/>.
/// </summary>
public static class Demo1345Figures
{
    public const int Year = 2017;

    /// <summary>Consultations (calls answered by a counselor) per language in 2017; English names in docs/call-records.md.</summary>
    public static readonly IReadOnlyList<(string Language, int Consultations)> Languages =
    [
        ("ko", 1_080_000), ("zh", 272_888), ("en", 69_972), ("vi", 68_395), ("th", 40_000), ("mn", 25_000), ("ru", 24_000),
        ("ja", 15_000), ("uz", 14_000), ("ne", 12_000), ("km", 11_000), ("my", 9_000), ("id", 8_000), ("tl", 7_000),
        ("si", 6_500), ("ur", 5_000), ("bn", 4_500), ("ar", 3_500), ("fr", 2_500), ("de", 1_745),
    ];

    /// <summary>Residency status recorded in wrap-up, per consultation, in 2017; UNKNOWN takes the rest.</summary>
    public static readonly IReadOnlyList<(string Code, int Consultations)> Residency =
    [
        ("F-4", 167_712), ("H-2", 137_466), ("F-6", 127_688), ("E-9", 120_000), ("F-5", 95_000), ("D-2", 80_000),
        ("F-2", 60_000), ("E-7", 30_000), ("C-3", 50_000), ("D-4", 25_000), ("F-1", 20_000), ("G-1", 15_000),
        ("E-2", 10_000), ("D-10", 8_000), ("KR", 300_000), ("OTHER", 70_000),
    ];

    public static readonly IReadOnlyList<(string Code, double Weight)> Topics =
    [
        ("VISA", 0.24), ("EXTENSION", 0.14), ("REGISTRATION", 0.12), ("CHANGE", 0.1), ("EMPLOYMENT", 0.1), ("REENTRY", 0.06),
        ("NATURALIZATION", 0.05), ("LIVING", 0.08), ("INTERPRETATION", 0.05), ("LEGAL", 0.02), ("VICTIM", 0.01), ("OTHER", 0.03),
    ];

    /// <summary>Languages staffed until 22:00; the others close at 18:00.</summary>
    public static readonly IReadOnlySet<string> EveningLanguages = new HashSet<string> { "ko", "zh", "en" };

    public static int TotalConsultations(int year) => (int)Math.Round(Languages.Sum(language => language.Consultations) * Scale(year));

    /// <summary>2018 had about 1.7 million consultations; other years grow or shrink by 1.2 % a year around 2017.</summary>
    public static double Scale(int year) => year == Year ? 1.0 : year == 2018 ? 1_700_000 / 1_680_000.0 : 1 + 0.012 * (year - Year);
}
