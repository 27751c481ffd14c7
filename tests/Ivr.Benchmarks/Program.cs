using System.Globalization;
using BenchmarkDotNet.Running;
using Ivr.Benchmarks.Acd;
using Ivr.Benchmarks.Ivr;

namespace Ivr.Benchmarks;

// dotnet run -c Release --project tests/Ivr.Benchmarks -- --filter '*'   (BenchmarkDotNet's switches)
// dotnet run -c Release --project tests/Ivr.Benchmarks -- webhook [rounds]   (the incoming webhook against a bare endpoint)
// dotnet run -c Release --project tests/Ivr.Benchmarks -- redis-cost [decisions]   (Redis's own cost per decision)
public static class BenchmarkProgram
{
    public static void Main(string[] args)
    {
        switch (args)
        {
            case ["webhook", ..]:
                IncomingWebhookBenchmark.RunAsync(args.Length > 1 ? Number(args[1]) : 30).GetAwaiter().GetResult();
                return;
            case ["redis-cost", ..]:
                RedisCost.RunAsync(args.Length > 1 ? Number(args[1]) : 1000).GetAwaiter().GetResult();
                return;
            default:
                BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
                return;
        }
    }

    private static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
