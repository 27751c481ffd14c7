using Ivr.Server.CallControl;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.CallControl;

/// <summary>Status callbacks on the real Redis: older ones are stale, the same delivery may come again (a retry after a Redis failure).</summary>
public sealed class CallbackSequencerTests
{
    private IvrServerFactory factory = null!;
    private CallbackSequencer sequencer = null!;
    private readonly string call = "CA" + Guid.NewGuid().ToString("N");

    [SetUp]
    public async Task Start()
    {
        factory = await IvrServerFactory.StartAsync();
        sequencer = factory.Services.GetRequiredService<CallbackSequencer>();
    }

    [TearDown]
    public async Task Stop() => await factory.DisposeAsync();

    [Test]
    public async Task IsNewest_SameDeliveryAgain_IsLetThroughWhileAnotherDeliveryOfThatNumberIsStale()
    {
        Assert.That(await sequencer.IsNewestAsync(call, 2, "delivery-a"), Is.True);

        Assert.Multiple(async () =>
        {
            Assert.That(await sequencer.IsNewestAsync(call, 2, "delivery-a"), Is.True, "the same delivery, retried");
            Assert.That(await sequencer.IsNewestAsync(call, 2, "delivery-b"), Is.False, "another delivery of a number already handled");
            Assert.That(await sequencer.IsNewestAsync(call, 1, "delivery-c"), Is.False, "older");
            Assert.That(await sequencer.IsNewestAsync(call, 3, "delivery-d"), Is.True, "newer");
            Assert.That(await sequencer.IsNewestAsync(call, 2, "delivery-a"), Is.False, "a retry of a delivery overtaken by a newer one");
        });
    }
}
