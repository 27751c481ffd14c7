using System.Globalization;
using Ivr.Server.CallRecords.Model;

namespace Ivr.Server.Planning.Plans;

/// <summary>
/// Planned counselors per language and half hour (0-47): a weekly <see cref="Template"/> (language → day of week,
/// 0 = Sunday … 6 = Saturday → 48 counts) and <see cref="Exceptions"/> per date (yyyy-MM-dd → language → 48 counts)
/// that replace the template's day for that language. A language with neither plans nobody. <see cref="Target"/> is
/// the service-level target the plan was made for (the last requirement accepted into it); plan against live measures
/// the requirement with it.
/// </summary>
public sealed class StaffingPlan
{
    public const int Intervals = DailyIntervalRollup.PerDay, MaxCounselors = 500;
    public const string FromTemplate = "template", FromException = "exception";

    public Dictionary<string, int[][]> Template { get; set; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, Dictionary<string, int[]>> Exceptions { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Null until a requirement is accepted: the default target (80 % in 20 s, at most 85 % occupancy).</summary>
    public Queueing.StaffingTarget? Target { get; set; }

    public static string DateKey(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The languages with a template or an exception on <paramref name="date"/>.</summary>
    public IEnumerable<string> LanguagesOn(DateOnly date) =>
        Template.Keys.Union(Exceptions.GetValueOrDefault(DateKey(date))?.Keys ?? Enumerable.Empty<string>()).Order(StringComparer.Ordinal);

    /// <summary>The 48 counts planned for a language on a date and where they come from; null when nothing is planned.</summary>
    public (int[] Counts, string Source)? Day(DateOnly date, string language)
    {
        if (Exceptions.GetValueOrDefault(DateKey(date))?.GetValueOrDefault(language) is { } exception)
        {
            return (exception, FromException);
        }
        return Template.GetValueOrDefault(language) is { } week ? (week[(int)date.DayOfWeek], FromTemplate) : null;
    }

    /// <summary>Sets one template cell, adding the language's week (zeros) if it had none.</summary>
    public void SetTemplate(string language, DayOfWeek day, int interval, int count)
    {
        if (!Template.TryGetValue(language, out var week))
        {
            Template[language] = week = [.. Enumerable.Range(0, 7).Select(_ => new int[Intervals])];
        }
        week[(int)day][interval] = count;
    }

    /// <summary>Sets one cell of a date's exception, which starts as the template's day when the date had none.</summary>
    public void SetException(DateOnly date, string language, int interval, int count)
    {
        var key = DateKey(date);
        if (!Exceptions.TryGetValue(key, out var languages))
        {
            Exceptions[key] = languages = new Dictionary<string, int[]>(StringComparer.Ordinal);
        }
        if (!languages.TryGetValue(language, out var counts))
        {
            languages[language] = counts = Template.GetValueOrDefault(language)?[(int)date.DayOfWeek].ToArray() ?? new int[Intervals];
        }
        counts[interval] = count;
    }

    /// <summary>Removes a date's exception for a language: the template plans that day again.</summary>
    public void ClearException(DateOnly date, string language)
    {
        var key = DateKey(date);
        if (Exceptions.TryGetValue(key, out var languages) && languages.Remove(language) && languages.Count == 0)
        {
            Exceptions.Remove(key);
        }
    }
}
