using System.Globalization;
using System.Text;

namespace Ivr.Server.Reporting;

/// <summary>Writes a report as RFC 4180 CSV with invariant number formats, header row first.</summary>
public static class ReportCsv
{
    public static string Write(ReportTable table)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', table.Columns.Select(Escape)).Append("\r\n");
        foreach (var row in table.Rows)
        {
            csv.AppendJoin(',', row.Select(value => Escape(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""))).Append("\r\n");
        }
        return csv.ToString();
    }

    private static string Escape(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? '"' + value.Replace("\"", "\"\"", StringComparison.Ordinal) + '"' : value;
}
