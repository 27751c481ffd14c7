using BenchmarkDotNet.Running;

namespace Ivr.Benchmarks;

// dotnet run -c Release --project tests/Ivr.Benchmarks -- --filter '*'   (BenchmarkDotNet's switches)
public static class BenchmarkProgram
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
