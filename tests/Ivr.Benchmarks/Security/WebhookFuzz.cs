using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Ivr.Benchmarks.Security;

/// <summary>
/// Issue 19's fuzz run against a running server (deploy/dev/fuzz.sh starts one): COUNT hostile webhooks of every kind
/// in <see cref="HostileWebhooks"/>, 16 at a time, while genuine signed calls keep arriving; prints per kind how they
/// were answered, the genuine calls' answers, and the server process's memory. Fails (exit code 1) on any 2xx or 5xx
/// to a hostile webhook, or any genuine call not answered 200.
/// Run: deploy/dev/fuzz.sh [count, default 10000]
/// </summary>
public static class WebhookFuzz
{
    private const int Concurrency = 16;

    public static async Task<int> RunAsync(Uri server, string authToken, int serverPid, int count)
    {
        var webhooks = new HostileWebhooks(server, authToken);
        var kinds = webhooks.Kinds;
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { Timeout = TimeSpan.FromSeconds(30) };
        var answers = new ConcurrentDictionary<(string Kind, string Status), int>();
        var memory = new List<double> { ResidentMegabytes(serverPid) };
        using var stopGenuine = new CancellationTokenSource();
        var genuine = SendGenuineAsync(client, webhooks, stopGenuine.Token);
        var started = Stopwatch.StartNew();
        var sent = 0;
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (i, _) =>
        {
            var (kind, build) = kinds[i % kinds.Count];
            answers.AddOrUpdate((kind, await StatusOfAsync(client, build())), 1, (_, n) => n + 1);
            if (Interlocked.Increment(ref sent) % 1000 == 0)
            {
                lock (memory)
                {
                    memory.Add(ResidentMegabytes(serverPid));
                }
            }
        });
        var elapsed = started.Elapsed;
        await stopGenuine.CancelAsync();
        var genuineAnswers = await genuine;
        memory.Add(ResidentMegabytes(serverPid));

        Console.WriteLine($"{count:N0} hostile webhooks in {elapsed.TotalSeconds:F1} s ({count / elapsed.TotalSeconds:F0}/s, {Concurrency} at a time) against {server}");
        Console.WriteLine();
        Console.WriteLine("| kind | sent | answered |");
        Console.WriteLine("|---|---|---|");
        foreach (var (kind, _) in kinds)
        {
            var byStatus = answers.Where(answer => answer.Key.Kind == kind).OrderBy(answer => answer.Key.Status, StringComparer.Ordinal).ToList();
            Console.WriteLine($"| {kind} | {byStatus.Sum(answer => answer.Value):N0} | {string.Join(", ", byStatus.Select(answer => $"{answer.Key.Status} × {answer.Value:N0}"))} |");
        }
        var refused = answers.Where(answer => answer.Key.Status.StartsWith('4')).Sum(answer => answer.Value);
        var failed = answers.Where(answer => !answer.Key.Status.StartsWith('4')).Sum(answer => answer.Value);
        var genuineOk = genuineAnswers.GetValueOrDefault("200");
        var genuineSent = genuineAnswers.Values.Sum();
        Console.WriteLine();
        Console.WriteLine($"hostile refused with 4xx: {refused:N0} of {count:N0} ({100.0 * refused / count:F2} %); 5xx, 2xx or no answer: {failed:N0}");
        Console.WriteLine($"genuine calls at the same time: {genuineSent:N0} sent, {genuineOk:N0} answered 200" +
            (genuineSent == genuineOk ? "" : $"; others: {string.Join(", ", genuineAnswers.Where(a => a.Key != "200").Select(a => $"{a.Key} × {a.Value}"))}"));
        Console.WriteLine($"server memory (resident): {string.Join(" → ", memory.Select(mb => mb.ToString("F0", CultureInfo.InvariantCulture)))} MB");
        return failed == 0 && genuineSent > 0 && genuineOk == genuineSent ? 0 : 1;
    }

    private static async Task<Dictionary<string, int>> SendGenuineAsync(HttpClient client, HostileWebhooks webhooks, CancellationToken stop)
    {
        var answers = new Dictionary<string, int>();
        while (!stop.IsCancellationRequested)
        {
            var status = await StatusOfAsync(client, webhooks.Genuine());
            answers[status] = answers.GetValueOrDefault(status) + 1;
            await Task.Delay(TimeSpan.FromMilliseconds(20), CancellationToken.None);
        }
        return answers;
    }

    private static async Task<string> StatusOfAsync(HttpClient client, HttpRequestMessage request)
    {
        try
        {
            using var response = await client.SendAsync(request);
            return ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
        }
        catch (HttpRequestException exception)
        {
            return "no answer (" + (exception.HttpRequestError.ToString()) + ")";
        }
        catch (TaskCanceledException)
        {
            return "no answer (timeout)";
        }
        finally
        {
            request.Dispose();
        }
    }

    private static double ResidentMegabytes(int pid) =>
        File.ReadLines($"/proc/{pid}/status").First(line => line.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1] is var kilobytes ? double.Parse(kilobytes, CultureInfo.InvariantCulture) / 1024 : 0;
}
