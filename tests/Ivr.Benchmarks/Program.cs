using System.Globalization;
using Ivr.Benchmarks.Acd;
using Ivr.Benchmarks.Ivr;
using Ivr.Benchmarks.Records;
using Ivr.Benchmarks.Security;

namespace Ivr.Benchmarks;

// dotnet run -c Release --project tests/Ivr.Benchmarks -- routing [rounds]   (routing decisions against a bare EVALSHA)
// dotnet run -c Release --project tests/Ivr.Benchmarks -- webhook [rounds]   (the incoming webhook against a bare endpoint)
// dotnet run -c Release --project tests/Ivr.Benchmarks -- redis-cost [decisions]   (Redis's own cost per decision)
// dotnet run -c Release --project tests/Ivr.Benchmarks -- scale-out [seconds per step]   (one cluster primary against two)
// dotnet run -c Release --project tests/Ivr.Benchmarks -- records [--years 10] [--ingest-calls 20000] [--ingest-rounds N] [--ingest-ceilings]   (call records: ingest against raw COPY, reports against a raw GROUP BY)
// deploy/dev/fuzz.sh [count]   (runs: fuzz-webhooks SERVER_URL AUTH_TOKEN SERVER_PID COUNT; hostile webhooks against a running server)
public static class BenchmarkProgram
{
    public static void Main(string[] args)
    {
        switch (args)
        {
            case ["routing", ..]:
                RoutingDecisionBenchmark.RunAsync(args.Length > 1 ? Number(args[1]) : 10).GetAwaiter().GetResult();
                return;
            case ["webhook", ..]:
                IncomingWebhookBenchmark.RunAsync(args.Length > 1 ? Number(args[1]) : 30).GetAwaiter().GetResult();
                return;
            case ["redis-cost", ..]:
                RedisCost.RunAsync(args.Length > 1 ? Number(args[1]) : 1000).GetAwaiter().GetResult();
                return;
            case ["scale-out", ..]:
                ScaleOutBenchmark.RunAsync(args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 3).GetAwaiter().GetResult();
                return;
            case ["records", ..]:
                Environment.ExitCode = RecordsBenchmark.RunAsync(args[1..]).GetAwaiter().GetResult();
                return;
            case ["fuzz-webhooks", var url, var token, var pid, var count]:
                Environment.ExitCode = WebhookFuzz.RunAsync(new Uri(url), token, Number(pid), Number(count)).GetAwaiter().GetResult();
                return;
            default:
                Console.Error.WriteLine("usage: routing [rounds] | webhook [rounds] | redis-cost [decisions] | scale-out [seconds per step] | records [--years N] [--ingest-calls N] [--ingest-rounds N] [--ingest-ceilings] | fuzz-webhooks URL TOKEN PID COUNT  (see docs/benchmarks.md)");
                Environment.ExitCode = 2;
                return;
        }
    }

    private static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
