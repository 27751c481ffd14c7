using Microsoft.Extensions.Options;

namespace Ivr.Server.Reporting;

/// <summary><c>report NAME --from yyyy-MM-dd --to yyyy-MM-dd [--period day|month|year] [--service-level S] [--short-abandon S] [--csv]</c>.</summary>
public static class ReportCommand
{
    public const string Usage = "Ivr.Server report NAME --from DATE --to DATE [--period day|month|year] [--service-level S] [--short-abandon S] [--csv]";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var name = args.Length > 1 ? args[1] : "";
        if (!CallReports.Names.Contains(name))
        {
            Console.Error.WriteLine($"{Usage}\nReports: {string.Join(", ", CallReports.Names)}");
            return 2;
        }
        var (request, errors) = ReportRequest.Parse(Value(args, "--from"), Value(args, "--to"), Value(args, "--period"),
            Number(args, "--service-level"), Number(args, "--short-abandon"), services.GetRequiredService<IOptions<ReportingOptions>>().Value);
        if (request is null)
        {
            foreach (var message in errors.Values.SelectMany(messages => messages))
            {
                Console.Error.WriteLine(message);
            }
            return 2;
        }
        var table = await services.GetRequiredService<CallReports>().RunAsync(name, request);
        if (args.Contains("--csv"))
        {
            Console.Write(ReportCsv.Write(table));
            return 0;
        }
        Console.WriteLine($"{table.Name}: {table.Definition}");
        var cells = table.Rows.Select(row => row.Select(value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "").ToArray()).ToList();
        var widths = table.Columns.Select((column, i) => Math.Max(column.Length, cells.Select(row => row[i].Length).DefaultIfEmpty(0).Max())).ToArray();
        Console.WriteLine(string.Join("  ", table.Columns.Select((column, i) => column.PadLeft(widths[i]))));
        foreach (var row in cells)
        {
            Console.WriteLine(string.Join("  ", row.Select((cell, i) => cell.PadLeft(widths[i]))));
        }
        return 0;
    }

    private static string? Value(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static int? Number(string[] args, string name) => int.TryParse(Value(args, name), out var value) ? value : null;
}
