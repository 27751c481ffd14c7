namespace Ivr.Server.Hours;

/// <summary>
/// The 1345 defaults: 20 languages chosen by number and <c>*</c>; Korean, English and Chinese open 09:00-22:00 on
/// weekdays, the others 09:00-18:00 (Asia/Seoul). Seeded once; operations staff edit them afterwards.
/// </summary>
public static class DefaultLanguages
{
    private static readonly TimeOnly Nine = new(9, 0);

    public static IReadOnlyList<LanguageLine> All { get; } =
    [
        Line("ko", "한국어", 1, "ko-KR", "Google.ko-KR-Standard-A", late: true),
        Line("en", "English", 2, "en-US", "Polly.Joanna", late: true),
        Line("zh", "中文", 3, "cmn-CN", "Google.cmn-CN-Standard-A", late: true),
        Line("vi", "Tiếng Việt", 4, "vi-VN", "Google.vi-VN-Standard-A"),
        Line("th", "ภาษาไทย", 5, "th-TH", "Google.th-TH-Standard-A"),
        Line("ja", "日本語", 6, "ja-JP", "Polly.Mizuki"),
        Line("mn", "Монгол хэл", 7, null, null),
        Line("id", "Bahasa Indonesia", 8, "id-ID", "Google.id-ID-Standard-A"),
        Line("fr", "Français", 9, "fr-FR", "Polly.Celine"),
        Line("ru", "Русский", 10, "ru-RU", "Polly.Tatyana"),
        Line("ne", "नेपाली", 11, "ne-NP", "Google.ne-NP-Standard-A"),
        Line("km", "ភាសាខ្មែរ", 12, null, null),
        Line("my", "မြန်မာဘာသာ", 13, null, null),
        Line("tl", "Filipino", 14, "fil-PH", "Google.fil-PH-Standard-A"),
        Line("si", "සිංහල", 15, null, null),
        Line("ar", "العربية", 16, "arb", "Polly.Zeina"),
        Line("uz", "Oʻzbekcha", 17, null, null),
        Line("bn", "বাংলা", 18, "bn-IN", "Google.bn-IN-Standard-A"),
        Line("ur", "اردو", 19, "ur-IN", "Google.ur-IN-Standard-A"),
        Line("kk", "Қазақ тілі", 20, null, null),
    ];

    public static IReadOnlyList<OpeningPeriod> Weekdays(TimeOnly open, TimeOnly close) =>
        [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(day => new OpeningPeriod(day, open, close))];

    private static LanguageLine Line(string code, string name, int number, string? sayLanguage, string? voice, bool late = false) =>
        new(code, name, number, sayLanguage, voice, Enabled: true, Weekdays(Nine, new TimeOnly(late ? 22 : 18, 0)));
}
