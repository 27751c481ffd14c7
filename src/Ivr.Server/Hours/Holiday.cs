namespace Ivr.Server.Hours;

/// <summary>
/// A public holiday (Asia/Seoul date): every language is closed, except the ones in <see cref="OpenLanguages"/>,
/// which are open in their own hours that day instead of their weekly schedule.
/// </summary>
public sealed record Holiday(DateOnly Date, string Name, IReadOnlyDictionary<string, IReadOnlyList<HolidayOpening>> OpenLanguages)
{
    public static Holiday AllClosed(DateOnly date, string name) => new(date, name, new Dictionary<string, IReadOnlyList<HolidayOpening>>());

    public IReadOnlyList<HolidayOpening> OpeningsOf(string code) => OpenLanguages.GetValueOrDefault(code) ?? [];
}
