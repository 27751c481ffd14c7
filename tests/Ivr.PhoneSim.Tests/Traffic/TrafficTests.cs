using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Tests.Infrastructure;
using Ivr.PhoneSim.Traffic;

namespace Ivr.PhoneSim.Tests.Traffic;

/// <summary>Virtual callers against a minimal contact center built from TwiML endpoints: language, menu, queue, and a dispatcher that dials counselors.</summary>
public sealed class TrafficTests
{
    [Test]
    public async Task VirtualCallers_ChooseLanguageAndCounselor_AreAnsweredByVirtualCounselors()
    {
        await using var harness = await SimHarness.StartAsync();
        var app = harness.App;
        app.Twiml("/voice", "<Response><Gather action=\"/language\" finishOnKey=\"*\"><Say>Choose your language</Say></Gather></Response>");
        app.Twiml("/language", r => $"<Response><Gather action=\"/menu?lang={r["Digits"]}\" numDigits=\"1\"><Say>Press 0 for a counselor</Say></Gather></Response>");
        app.Twiml("/menu", r => r["Digits"] == "0"
            ? "<Response><Enqueue waitUrl=\"/wait\">support</Enqueue></Response>"
            : "<Response><Say>Our offices are open 9 to 6.</Say><Pause length=\"60\"/></Response>");
        app.Twiml("/wait", "<Response><Say>Please hold</Say></Response>");
        var options = new TrafficOptions { Counselors = 3, SelfServiceShare = 0.5, MeanPatienceSeconds = 100000, DeclineShare = 0, NoAnswerShare = 0, MeanTalkSeconds = 20, MeanWrapUpSeconds = 1 };
        var metrics = new TrafficMetrics();
        var generator = new CallGenerator(harness.Sim, options, LanguageMix.Default, metrics);
        var counselors = generator.RegisterCounselors();
        for (var i = 0; i < 6; i++)
        {
            generator.PlaceOne();
        }
        using var dispatching = new CancellationTokenSource();
        var dispatcher = DispatchAsync(harness, counselors, dispatching.Token);
        await SimHarness.UntilAsync(() => metrics.Count(CallerOutcome.Answered) + metrics.Count(CallerOutcome.SelfService) == 6);
        await dispatching.CancelAsync();
        await dispatcher;
        Assert.Multiple(() =>
        {
            Assert.That(metrics.Arrived, Is.EqualTo(6));
            Assert.That(metrics.Count(CallerOutcome.Answered), Is.GreaterThan(0));
            Assert.That(metrics.LatencySeconds, Has.Count.EqualTo(metrics.Connected));
            Assert.That(metrics.Count(CallerOutcome.Lost) + metrics.Count(CallerOutcome.Error), Is.Zero);
            Assert.That(app.To("/language").Select(r => r["Digits"]), Is.All.Matches<string>(d => int.Parse(d, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 20));
        });
    }

    // A stand-in for the server's ACD: rings a free counselor for each waiting caller, whose TwiML dials the queue.
    private static async Task DispatchAsync(SimHarness harness, IReadOnlyList<VirtualCounselor> counselors, CancellationToken token)
    {
        var next = 0;
        while (!token.IsCancellationRequested)
        {
            var queue = harness.Sim.Queues.FindByName("support");
            var busy = harness.Sim.Calls.All.Where(c => !c.IsEnded && c.To.StartsWith("client:", StringComparison.Ordinal)).Select(c => c.To).ToHashSet();
            if (queue is { CurrentSize: > 0 } && busy.Count < counselors.Count)
            {
                var counselor = counselors.Select((_, i) => counselors[(next + i) % counselors.Count]).First(c => !busy.Contains(c.Identity));
                next++;
                harness.Sim.Legs.StartApiCall(
                    new CallSetup("+821345", counselor.Identity, CallDirections.OutboundApi, counselor),
                    Instruction.Inline("<Response><Dial><Queue>support</Queue></Dial></Response>"));
            }
            try
            {
                await Task.Delay(20, token);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }
}
