using System.Collections.Concurrent;
using System.Globalization;
using Ivr.PhoneSim.Calls;

namespace Ivr.PhoneSim.Traffic;

/// <summary>Places virtual callers (Poisson arrivals at CallsPerSecond of virtual time) and registers the virtual counselors.</summary>
public sealed class CallGenerator(SimulatedTwilio sim, TrafficOptions options, LanguageMix mix, TrafficMetrics metrics)
{
    private readonly Random random = new(options.Seed);
    private readonly ConcurrentQueue<(SimCall Call, VirtualCaller Caller)> placed = new();

    /// <summary>Every caller placed so far, with its call: a fault programme's ledger.</summary>
    public IReadOnlyCollection<(SimCall Call, VirtualCaller Caller)> Placed => placed;

    public IReadOnlyList<VirtualCounselor> RegisterCounselors()
    {
        var counselors = new List<VirtualCounselor>();
        for (var i = 1; i <= options.Counselors; i++)
        {
            var language = mix.Pick(random);
            var counselor = new VirtualCounselor($"client:counselor-{i}", ["ko", language.Code], options.CounselorLevel > 0 ? options.CounselorLevel : 1 + random.Next(3), options, metrics, new Random(random.Next()));
            sim.Parties.Register(counselor.Identity, counselor);
            counselors.Add(counselor);
        }
        return counselors;
    }

    /// <summary>Places callers until <paramref name="duration"/> of virtual time has passed or the token is cancelled.</summary>
    public async Task RunAsync(TimeSpan duration, CancellationToken cancellationToken)
    {
        var end = sim.Clock.GetUtcNow() + duration;
        var next = sim.Clock.GetUtcNow();
        while (!cancellationToken.IsCancellationRequested)
        {
            // Arrivals are scheduled on absolute times, so timer granularity does not lower the offered rate.
            next += Distributions.Exponential(random, 1 / options.CallsPerSecond);
            if (next > end)
            {
                return;
            }
            var wait = next - sim.Clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, sim.Clock, cancellationToken);
            }
            PlaceOne();
        }
    }

    public void PlaceOne()
    {
        var language = mix.Pick(random);
        var selfService = random.NextDouble() < options.SelfServiceShare;
        var bargeIn = random.NextDouble() < options.BargeInShare;
        var patience = Distributions.Exponential(random, options.MeanPatienceSeconds);
        var intent = selfService ? HoldIntent.Wait : DrawHoldIntent();
        var message = intent == HoldIntent.Message ? Distributions.Exponential(random, options.MeanMessageSeconds) : TimeSpan.Zero;
        var caller = new VirtualCaller(language, selfService, bargeIn, patience, TimeSpan.FromSeconds(options.SelfServiceListenSeconds), options, metrics,
            intent, message < TimeSpan.FromSeconds(2) && intent == HoldIntent.Message ? TimeSpan.FromSeconds(2) : message);
        metrics.CallerArrived();
        var number = "+8210" + random.Next(10000000, 99999999).ToString(CultureInfo.InvariantCulture);
        if (intent == HoldIntent.Callback)
        {
            sim.Parties.Register(number, new CallbackAnswerer(options, metrics, TimeSpan.FromSeconds(options.MinAnswerDelaySeconds)));
        }
        placed.Enqueue((sim.PlaceIncomingCall(number, caller), caller));
    }

    /// <summary>Draws only when a share is set, so runs without callbacks or messages keep their random sequence.</summary>
    private HoldIntent DrawHoldIntent()
    {
        if (options.CallbackShare <= 0 && options.MessageShare <= 0)
        {
            return HoldIntent.Wait;
        }
        var draw = random.NextDouble();
        return draw < options.CallbackShare ? HoldIntent.Callback
            : draw < options.CallbackShare + options.MessageShare ? HoldIntent.Message
            : HoldIntent.Wait;
    }
}
