using System.Net.Http.Json;
using Ivr.Server.Alerts;
using Ivr.Server.Authorization;
using Ivr.Server.Queueing;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.Alerts;

/// <summary>
/// A server whose only alert rule is Mandarin's waiting callers per available counselor above 2, with the evaluator's
/// timer off (Alerts:Enabled false): a test runs each evaluation itself, with callers joining and leaving the real
/// ACD queue and no counselor signed in.
/// </summary>
public sealed class AlertsCenter : IAsyncDisposable
{
    public const string Language = "zh";

    private int callers;
    private readonly Stack<string> waiting = new();

    private AlertsCenter(IvrServerFactory server, HttpClient operations)
    {
        Server = server;
        Operations = operations;
    }

    public IvrServerFactory Server { get; }

    public HttpClient Operations { get; }

    public AlertEvaluator Evaluator => Server.Services.GetRequiredService<AlertEvaluator>();

    public static async Task<AlertsCenter> StartAsync(IDictionary<string, string?>? overrides = null, bool kestrel = false)
    {
        var settings = new Dictionary<string, string?> { ["Alerts:Enabled"] = "false" };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        var server = await IvrServerFactory.StartAsync(settings, kestrel: kestrel);
        var operations = await server.CreateSignedInClientAsync(Roles.Operations);
        var rules = new AlertRules(new AlertThresholds(), new Dictionary<string, AlertThresholds> { [Language] = new(WaitingPerAvailable: 2) });
        (await operations.PutAsJsonAsync("/api/alerts/rules", rules)).EnsureSuccessStatusCode();
        return new AlertsCenter(server, operations);
    }

    /// <summary>Brings the number of Mandarin callers waiting (none available) to <paramref name="count"/>.</summary>
    public async Task WaitingAsync(int count)
    {
        var queue = Server.Services.GetRequiredService<ICallerQueue>();
        while (waiting.Count < count)
        {
            var callSid = $"CA-alert-{++callers}";
            await queue.JoinAsync(new QueueJoinRequest(callSid, Language, 0, [], Server.Services.GetRequiredService<TimeProvider>().GetUtcNow()), CancellationToken.None);
            waiting.Push(callSid);
        }
        while (waiting.Count > count)
        {
            await queue.LeaveAsync(waiting.Pop(), "hangup", CancellationToken.None);
        }
    }

    public async Task EvaluateAsync(int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            Assert.That(await Evaluator.PassAsync(CancellationToken.None), Is.True, "this instance holds the evaluator's lease");
        }
    }

    public async Task<AlertList> AlertsAsync() => (await Operations.GetFromJsonAsync<AlertList>("/api/alerts"))!;

    public static async Task EventuallyAsync(Func<bool> condition, string what)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (condition())
            {
                return;
            }
            await Task.Delay(100);
        }
        Assert.Fail($"Timed out after 20 s waiting until {what}.");
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
