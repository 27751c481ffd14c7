using System.Net;
using Ivr.Server.CallRecords;
using Ivr.Server.Recordings;
using Ivr.Server.Tests.Infrastructure;
using Ivr.Server.Tests.Ivr;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.Recordings;

/// <summary>
/// Twilio sends a conference recording's status callback once: while PostgreSQL is away the reference waits in Redis,
/// and a later pass stores it, so no recording at Twilio is left without the reference retention deletes it by.
/// </summary>
public sealed class ParkedCallRecordingsTests
{
    private readonly PostgresOutage outage = new();
    private IvrServerFactory server = null!;

    [OneTimeSetUp]
    public async Task Start() => server = await IvrServerFactory.StartAsync(replaceServices: services =>
        services.ConfigureDbContext<RecordsDbContext>(options => options.AddInterceptors(outage)));

    [OneTimeTearDown]
    public async Task Stop() => await server.DisposeAsync();

    [Test]
    public async Task Completed_WhilePostgresIsAway_WaitsInRedisAndIsStoredOnceItAnswers()
    {
        var (callSid, recordingSid) = (IvrTestServer.NewCallSid(), "RE" + Guid.NewGuid().ToString("N"));
        outage.On = true;

        var response = await server.CreateClient().SendAsync(TwilioSigner.SignedPost(
            $"http://localhost/twilio/voice/recording/call?call={callSid}&language=ne&tags=legal",
            new Dictionary<string, string>
            {
                ["AccountSid"] = IvrServerFactory.AccountSid, ["ConferenceSid"] = "CF" + Guid.NewGuid().ToString("N"), ["RecordingSid"] = recordingSid,
                ["RecordingStatus"] = "completed", ["RecordingDuration"] = "61", ["RecordingSource"] = "Conference",
            }));
        var parking = server.Services.GetRequiredService<ParkedCallRecordings>();
        var stillAway = async () => await parking.DeliverAsync(CancellationToken.None);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), "Twilio is told all is well: the reference is kept");
        Assert.That(stillAway, Throws.InstanceOf<Exception>(), "not stored while PostgreSQL is away, and still parked");

        outage.On = false;
        Assert.That(await parking.DeliverAsync(CancellationToken.None), Is.EqualTo(1));
        await using var scope = server.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<RecordsDbContext>().CallRecordings.AsNoTracking().SingleAsync(row => row.RecordingSid == recordingSid);
        Assert.That((stored.CallSid, stored.Language, stored.Tags, stored.Seconds), Is.EqualTo((callSid, "ne", "legal", 61)));
        Assert.That(await parking.DeliverAsync(CancellationToken.None), Is.Zero, "delivered once");
    }

    [Test]
    public async Task Malformed_IsRefusedWith400()
    {
        var response = await server.CreateClient().SendAsync(TwilioSigner.SignedPost(
            "http://localhost/twilio/voice/recording/call?call=not-a-call&language=ne",
            new Dictionary<string, string> { ["RecordingSid"] = "RE" + Guid.NewGuid().ToString("N"), ["RecordingStatus"] = "completed" }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }
}
