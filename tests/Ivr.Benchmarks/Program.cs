using BenchmarkDotNet.Running;
using Ivr.Benchmarks.Acd;

namespace Ivr.Benchmarks;

// dotnet run -c Release --project tests/Ivr.Benchmarks -- --filter '*'   (BenchmarkDotNet's switches)
// dotnet run -c Release --project tests/Ivr.Benchmarks -- redis-cost [decisions]   (Redis's own cost per decision)
public static class BenchmarkProgram
{
    public static void Main(string[] args)
    {
        if (args is ["redis-cost", ..])
        {
            RedisCost.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000).GetAwaiter().GetResult();
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
