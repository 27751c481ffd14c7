using System.Globalization;
using Ivr.Server.CallRecords.Rollups;

namespace Ivr.Server.Reporting;

/// <summary>A report's parameters, parsed from query strings or command-line switches, with errors that name the parameter.</summary>
public sealed record ReportRequest(ReportRange Range, int ServiceLevelSeconds, int ShortAbandonSeconds)
{
    public static (ReportRequest? Request, Dictionary<string, string[]> Errors) Parse(
        string? from, string? to, string? period, int? serviceLevelSeconds, int? shortAbandonSeconds, ReportingOptions defaults)
    {
        var errors = new Dictionary<string, string[]>();
        var fromDay = Day(from, "from", errors);
        var toDay = Day(to, "to", errors);
        var reportPeriod = ReportPeriod.Day;
        if (period is not null && !Enum.TryParse(period, ignoreCase: true, out reportPeriod))
        {
            errors["period"] = ["'period' must be day, month or year."];
        }
        var sl = serviceLevelSeconds ?? defaults.ServiceLevelSeconds;
        var shortAbandon = shortAbandonSeconds ?? defaults.ShortAbandonSeconds;
        if (WaitThresholds.ArrayIndex(sl) is null)
        {
            errors["serviceLevelSeconds"] = [$"'serviceLevelSeconds' must be one of {WaitThresholds.Supported}."];
        }
        if (WaitThresholds.ArrayIndex(shortAbandon) is null)
        {
            errors["shortAbandonSeconds"] = [$"'shortAbandonSeconds' must be one of {WaitThresholds.Supported}."];
        }
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        var range = new ReportRange(fromDay, toDay, reportPeriod);
        if (range.Validate() is { } rangeError)
        {
            errors["to"] = [rangeError];
            return (null, errors);
        }
        return (new ReportRequest(range, sl, shortAbandon), errors);
    }

    private static DateOnly Day(string? value, string name, Dictionary<string, string[]> errors)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }
        errors[name] = [$"'{name}' must be a date as yyyy-MM-dd."];
        return default;
    }
}
