using System.Diagnostics;
using System.Globalization;

namespace Ivr.Server.CallRecords.Demo;

/// <summary><c>generate-demo-records --year 2017 [--to-year 2026]</c>: demo call records, one transaction per year.</summary>
public static class GenerateDemoRecordsCommand
{
    public const string Usage = "Ivr.Server generate-demo-records --year YYYY [--to-year YYYY]   write demo call records in the 1345 shape (2017 = published totals)";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var from = Option(args, "--year");
        var to = Option(args, "--to-year") ?? from;
        if (from is null or < 2000 or > 2100 || to is null || to < from || to > 2100)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }
        await services.GetRequiredService<Data.DatabaseMigrator>().MigrateAsync();
        var generator = services.GetRequiredService<DemoRecordGenerator>();
        for (var year = from.Value; year <= to.Value; year++)
        {
            var watch = Stopwatch.StartNew();
            var written = await generator.GenerateAsync(year);
            Console.WriteLine($"{year}: {written:N0} call records in {watch.Elapsed.TotalSeconds:0.0} s ({written / watch.Elapsed.TotalSeconds:N0} rows/s).");
        }
        return 0;
    }

    internal static int? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
