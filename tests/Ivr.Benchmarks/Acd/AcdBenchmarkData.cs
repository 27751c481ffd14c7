using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using Ivr.Acd.Routing;

namespace Ivr.Benchmarks.Acd;

/// <summary>
/// The benchmark's contact center: 20 languages, 2,000 counselors with one to three languages at random levels,
/// and 10,000 callers waiting, spread over the last ten minutes and three priority classes. As the server's defaults
/// do, every language steers victim-support callers (one in twenty) to the victim-support team (one counselor in ten)
/// for 60 s, so every decision runs the team step.
/// </summary>
public static class AcdBenchmarkData
{
    public const int Languages = 20;
    public const int Counselors = 2_000;
    public const int Callers = 10_000;

    public static readonly string[] LanguageCodes = [.. Enumerable.Range(0, Languages).Select(i => $"l{(char)('a' + i / 26)}{(char)('a' + i % 26)}")];

    public static AcdSettings Settings(string contactCenter, bool matchOnEvents) => new(contactCenter,
        [.. LanguageCodes.Select(language => new RoutingRule(language)
        {
            ProficiencySteps = [new(TimeSpan.Zero, 3), new(TimeSpan.FromSeconds(30), 1)],
            PriorityTags = new Dictionary<string, int> { ["victim-support"] = 5 },
            TeamPreferences = new Dictionary<string, TimeSpan> { ["victim-support"] = TimeSpan.FromSeconds(60) },
        })])
    {
        ReservationTimeout = TimeSpan.FromHours(1),
        StaleCallerAfter = TimeSpan.Zero,
        MatchOnEvents = matchOnEvents,
    };

    public static async Task<Dictionary<string, EnqueueRequest>> FillAsync(AcdEngine engine, DateTimeOffset now)
    {
        var random = new Random(1345);
        var counselorTasks = new List<Task>();
        for (var i = 0; i < Counselors; i++)
        {
            var skills = LanguageCodes.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToDictionary(code => code, _ => random.Next(1, 6));
            var id = CounselorId(i);
            var profile = new CounselorProfile(id, skills) { Teams = i % 10 == 0 ? ["victim-support"] : [] };
            counselorTasks.Add(engine.UpsertCounselorAsync(profile).ContinueWith(_ => engine.SignInAsync(id)).Unwrap());
        }
        await Task.WhenAll(counselorTasks);
        var callers = new Dictionary<string, EnqueueRequest>();
        for (var i = 0; i < Callers; i++)
        {
            var tags = random.Next(20) == 0 ? new[] { "victim-support" } : [];
            callers[$"CA{i:00000}"] = new EnqueueRequest($"CA{i:00000}", LanguageCodes[i % Languages], random.Next(3), tags, false)
            {
                ArrivedAt = now - TimeSpan.FromMilliseconds(random.Next(600_000)),
            };
        }
        await Task.WhenAll(callers.Values.Select(engine.EnqueueCallerAsync));
        return callers;
    }

    /// <summary>Every counselor takes a break: the decisions that follow find no one idle.</summary>
    public static Task BreakEveryoneAsync(AcdEngine engine) =>
        Task.WhenAll(Enumerable.Range(0, Counselors).Select(i => engine.SetBreakAsync(CounselorId(i), "benchmark")));

    private static string CounselorId(int index) => $"agent{index:0000}";
}
