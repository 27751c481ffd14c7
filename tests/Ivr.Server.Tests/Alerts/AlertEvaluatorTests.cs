using Ivr.Server.Alerts;
using Ivr.Server.Telemetry;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.Alerts;

/// <summary>The evaluator on the real ACD queue and PostgreSQL: one alert per breach, hysteresis, one evaluator at a time.</summary>
public sealed class AlertEvaluatorTests
{
    private AlertsCenter center = null!;

    [SetUp]
    public async Task Start() => center = await AlertsCenter.StartAsync();

    [TearDown]
    public async Task Stop() => await center.DisposeAsync();

    [Test]
    public async Task SustainedBreach_RaisesExactlyOneAlert_AndCountsIt()
    {
        using var raised = new CounterListener(center.Server.Services.GetRequiredService<IvrMetrics>().Meter, "ivr.alerts.raised");
        await center.WaitingAsync(3);

        await center.EvaluateAsync(10);

        var alerts = await center.AlertsAsync();
        var alert = alerts.Open.Single();
        Assert.That((alert.Key, alert.Measure, alert.Language, alert.Value, alert.Threshold),
            Is.EqualTo(("waiting-per-available:zh", AlertMeasures.WaitingPerAvailable, "zh", 3.0, 2.0)));
        Assert.That(alerts.Recent, Is.Empty);
        Assert.That(raised.Sum("ivr.alerts.measure", AlertMeasures.WaitingPerAvailable), Is.EqualTo(1));
    }

    [Test]
    public async Task ValueFlappingAroundTheThreshold_TenTimes_RaisesOneAlert()
    {
        for (var flap = 0; flap < 10; flap++)
        {
            await center.WaitingAsync(3); // 3 per available: above 2
            await center.EvaluateAsync();
            await center.WaitingAsync(1); // 1: clear (at or below 1.8), but only for one evaluation
            await center.EvaluateAsync();
        }

        var alerts = await center.AlertsAsync();
        Assert.That(alerts.Open, Has.Count.EqualTo(1));
        Assert.That(alerts.Recent, Is.Empty, "never cleared, so never raised again");
    }

    [Test]
    public async Task OpenAlert_ClearsAfterThreeClearEvaluations_NotInsideTheMargin_AndANewBreachRaisesAgain()
    {
        await center.WaitingAsync(3);
        await center.EvaluateAsync();
        await center.WaitingAsync(2); // at the threshold: no longer breached, not clear either (2 > 1.8)
        await center.EvaluateAsync(5);
        Assert.That((await center.AlertsAsync()).Open, Has.Count.EqualTo(1));

        await center.WaitingAsync(0);
        await center.EvaluateAsync(2);
        Assert.That((await center.AlertsAsync()).Open, Has.Count.EqualTo(1), "two clear evaluations are not enough");
        await center.EvaluateAsync();
        var cleared = await center.AlertsAsync();
        Assert.That(cleared.Open, Is.Empty);
        Assert.That(cleared.Recent.Single().ClearedAt, Is.Not.Null);

        await center.WaitingAsync(4);
        await center.EvaluateAsync();
        var again = await center.AlertsAsync();
        Assert.That(again.Open.Single().Value, Is.EqualTo(4));
        Assert.That(again.Recent, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task ASecondInstancesEvaluator_DoesNotEvaluateWhileTheLeaseIsHeld_AndTheDatabaseKeepsOneOpenAlertPerBreach()
    {
        await center.WaitingAsync(3);
        await center.EvaluateAsync();
        // Another instance's evaluator: the same services, its own instance id.
        var other = ActivatorUtilities.CreateInstance<AlertEvaluator>(center.Server.Services);

        Assert.That(await other.PassAsync(CancellationToken.None), Is.False);

        await using var scope = center.Server.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<AlertStore>();
        var reading = new AlertReading("waiting-per-available:zh", AlertMeasures.WaitingPerAvailable, "zh", "zh", 3, 2);
        Assert.That(await store.RaiseAsync(reading, CancellationToken.None), Is.Null, "a key with an open alert is not raised twice");
        Assert.That((await center.AlertsAsync()).Open, Has.Count.EqualTo(1));
    }
}
