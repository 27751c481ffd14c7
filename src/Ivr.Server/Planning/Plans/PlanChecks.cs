using Ivr.Server.Reporting;

namespace Ivr.Server.Planning.Plans;

/// <summary>What makes a plan save or an accept invalid, keyed by the field (<c>cells[3].count</c>).</summary>
public static class PlanChecks
{
    public const int MaxCells = 20_000;

    public static Dictionary<string, string[]> Save(PlanSaveRequest request, Func<string, bool> isLanguage)
    {
        var errors = new Dictionary<string, string[]>();
        Note(errors, request.Note);
        var cells = request.Cells ?? [];
        var clear = request.Clear ?? [];
        if (cells.Count + clear.Count == 0)
        {
            errors["cells"] = ["Give the cells that change ('cells') or the exceptions to remove ('clear')."];
        }
        if (cells.Count > MaxCells)
        {
            errors["cells"] = [$"At most {MaxCells} cells at a time."];
            return errors;
        }
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            var at = $"cells[{i}].";
            Language(errors, at + "language", cell.Language, isLanguage);
            if ((cell.DayOfWeek is null) == (cell.Date is null))
            {
                errors[at + "dayOfWeek"] = ["Give either 'dayOfWeek' (the weekly template, 0 = Sunday … 6 = Saturday) or 'date' (an exception), not both."];
            }
            else if (cell.DayOfWeek is < 0 or > 6)
            {
                errors[at + "dayOfWeek"] = ["'dayOfWeek' must be 0 (Sunday) to 6 (Saturday)."];
            }
            Date(errors, at + "date", cell.Date);
            if (cell.Interval is not (>= 0 and < StaffingPlan.Intervals))
            {
                errors[at + "interval"] = [$"'interval' must be 0 to {StaffingPlan.Intervals - 1} (the half hour: 0 = 00:00, 47 = 23:30)."];
            }
            if (cell.Count is not (>= 0 and <= StaffingPlan.MaxCounselors))
            {
                errors[at + "count"] = [$"'count' must be 0 to {StaffingPlan.MaxCounselors} counselors."];
            }
        }
        for (var i = 0; i < clear.Count; i++)
        {
            Language(errors, $"clear[{i}].language", clear[i].Language, isLanguage);
            if (clear[i].Date is null)
            {
                errors[$"clear[{i}].date"] = ["'date' is required."];
            }
        }
        return errors;
    }

    public static Dictionary<string, string[]> Accept(PlanAcceptRequest request, Func<string, bool> isLanguage)
    {
        var errors = new Dictionary<string, string[]>();
        Note(errors, request.Note);
        if (request.From is not { } from)
        {
            errors["from"] = ["'from' is required (yyyy-MM-dd)."];
        }
        else
        {
            Date(errors, "from", from);
            if (request.To is not { } to || to <= from || to > from.AddDays(Forecasting.Forecaster.HorizonDays))
            {
                errors["to"] = [$"'to' is required: a date after 'from', at most {Forecasting.Forecaster.HorizonDays} days after it (exclusive)."];
            }
        }
        if (request.Into is not (PlanAccept.IntoExceptions or PlanAccept.IntoTemplate))
        {
            errors["into"] = [$"'into' must be {PlanAccept.IntoExceptions} or {PlanAccept.IntoTemplate}."];
        }
        var languages = request.Languages ?? [];
        for (var i = 0; i < languages.Count; i++)
        {
            Language(errors, $"languages[{i}]", languages[i], isLanguage);
        }
        return errors;
    }

    private static void Note(Dictionary<string, string[]> errors, string? note)
    {
        if (note?.Trim().Length > PlanVersion.MaxNoteLength)
        {
            errors["note"] = [$"'note' must be at most {PlanVersion.MaxNoteLength} characters."];
        }
    }

    private static void Language(Dictionary<string, string[]> errors, string key, string? code, Func<string, bool> isLanguage)
    {
        if (code is null || !isLanguage(code))
        {
            errors[key] = [$"'{code}' is not one of the center's languages."];
        }
    }

    private static void Date(Dictionary<string, string[]> errors, string key, DateOnly? date)
    {
        if (date is { } d && (d < ReportRange.Earliest || d > ReportRange.Latest.AddDays(-Forecasting.Forecaster.HorizonDays)))
        {
            errors[key] = [$"'{key.Split('.')[^1]}' must be between {ReportRange.Earliest:yyyy-MM-dd} and {ReportRange.Latest.AddDays(-Forecasting.Forecaster.HorizonDays):yyyy-MM-dd}."];
        }
    }
}
