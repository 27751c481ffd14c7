using System.Net;
using Ivr.Server.FollowUps;
using Ivr.Server.Tests.Infrastructure;
using Ivr.Server.Tests.Ivr;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.FollowUps;

/// <summary>
/// Twilio sends a recording's status callback once: while PostgreSQL is away the message waits in Redis, and a later
/// pass stores it with the time it came, so no message (and no recording to delete) is lost track of.
/// </summary>
public sealed class ParkedMessagesTests
{
    private readonly PostgresOutage outage = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
    private IvrServerFactory server = null!;

    [OneTimeSetUp]
    public async Task Start() => server = await IvrServerFactory.StartAsync(replaceServices: services =>
    {
        services.AddSingleton<TimeProvider>(clock);
        services.ConfigureDbContext<FollowUpsDbContext>(options => options.AddInterceptors(outage));
    });

    [OneTimeTearDown]
    public async Task Stop() => await server.DisposeAsync();

    [Test]
    public async Task Completed_WhilePostgresIsAway_WaitsInRedisAndIsStoredOnceItAnswers()
    {
        var (callSid, recordingSid) = (IvrTestServer.NewCallSid(), "RE" + Guid.NewGuid().ToString("N"));
        var arrived = clock.GetUtcNow();
        outage.On = true;

        var response = await server.CreateClient().SendAsync(TwilioSigner.SignedPost("http://localhost/twilio/voice/message/recording?language=mn",
            IvrTestServer.Call(callSid, ("RecordingSid", recordingSid), ("RecordingStatus", "completed"), ("RecordingDuration", "33"))));
        var parking = server.Services.GetRequiredService<ParkedMessages>();
        var stillAway = async () => await parking.DeliverAsync(CancellationToken.None);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), "Twilio is told all is well: the message is kept");
        Assert.That(stillAway, Throws.InstanceOf<Exception>(), "not stored while PostgreSQL is away, and still parked");

        clock.Advance(TimeSpan.FromMinutes(5));
        outage.On = false;
        // The server's own pass runs on this clock too and may have stored it first: either way it is stored once.
        var delivered = await parking.DeliverAsync(CancellationToken.None);

        Assert.That(delivered, Is.InRange(0, 1));
        await using var scope = server.Services.CreateAsyncScope();
        var task = await scope.ServiceProvider.GetRequiredService<FollowUpsDbContext>().Tasks.AsNoTracking().SingleAsync(row => row.RecordingSid == recordingSid);
        Assert.That((task.Language, task.RecordingSeconds, task.CreatedAt), Is.EqualTo(("mn", 33, arrived)), "with the time it came");
        Assert.That(await parking.DeliverAsync(CancellationToken.None), Is.Zero, "delivered once");
    }
}
