using System.Globalization;
using System.Text;

namespace Ivr.Server.Reporting;

/// <summary>
/// Writes a report as RFC 4180 CSV with invariant number formats, header row first. A text cell a spreadsheet would
/// read as a formula (starting with = + - @, a tab or a carriage return) is prefixed with a single quote, as OWASP
/// advises against CSV injection; numbers are written as they are.
/// </summary>
public static class ReportCsv
{
    public static string Write(ReportTable table)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', table.Columns.Select(column => Escape(Defused(column)))).Append("\r\n");
        foreach (var row in table.Rows)
        {
            csv.AppendJoin(',', row.Select(Cell)).Append("\r\n");
        }
        return csv.ToString();
    }

    private static string Cell(object? value) => value switch
    {
        string text => Escape(Defused(text)),
        _ => Escape(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    private static string Defused(string text) => text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal) ? "'" + text : text;

    private static string Escape(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? '"' + value.Replace("\"", "\"\"", StringComparison.Ordinal) + '"' : value;
}
