using Ivr.Server.CallRecords;
using Ivr.Server.CallRecords.Pipeline;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Ivr.Server.Tests.CallRecords;

public sealed class CallRecordsHealthTests
{
    [Test]
    public async Task AddCallRecords_HealthCheck_IsRegisteredWithoutTheReadyTag()
    {
        await using var factory = await IvrServerFactory.StartAsync();

        var registrations = factory.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations;

        var check = registrations.Single(registration => registration.Name == "call-records");
        Assert.That(check.Tags, Does.Not.Contain("ready"), "a PostgreSQL outage must not take the instance out of service");
    }

    [Test]
    public async Task CheckHealth_WriterCaughtUp_IsHealthyWithItsLagAndFill()
    {
        await using var pipeline = await RecordsPipeline.StartAsync();
        await pipeline.AppendAsync(ScriptedDay.Events());
        await pipeline.DrainAsync(pipeline.Writer("a"));

        var result = await Check(pipeline).CheckHealthAsync(new HealthCheckContext());

        Assert.That(result.Status, Is.EqualTo(HealthStatus.Healthy));
        Assert.That(result.Data["lag"], Is.EqualTo(0L));
        Assert.That(result.Data["streamCap"], Is.EqualTo(1_000_000L));
        Assert.That(result.Data["trimmedUnwritten"], Is.EqualTo(0L));
        Assert.That(result.Data["streamLength"], Is.GreaterThan(0L), "the last minute stays for the softphone relays");
        Assert.That((double)result.Data["streamFill"], Is.LessThan(0.001));
    }

    [Test]
    public async Task CheckHealth_StreamFillingTowardsItsCap_TurnsDegradedThenUnhealthy()
    {
        await using var pipeline = await RecordsPipeline.StartAsync(options =>
        {
            options.StreamFillDegraded = 0.01; // 10,000 entries of the 1,000,000 cap
            options.StreamFillUnhealthy = 0.02;
        });
        var check = Check(pipeline);

        await AddEntriesAsync(pipeline, 10_000);
        var half = await check.CheckHealthAsync(new HealthCheckContext());
        await AddEntriesAsync(pipeline, 10_000);
        var near = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.That(half.Status, Is.EqualTo(HealthStatus.Degraded));
        Assert.That(half.Data["streamFill"], Is.EqualTo(0.01));
        Assert.That(near.Status, Is.EqualTo(HealthStatus.Unhealthy));
        Assert.That(near.Data["streamLength"], Is.EqualTo(20_000L));
    }

    [Test]
    public void Validate_UnhealthyFillBelowDegraded_NamesTheKey()
    {
        var options = new CallRecordsOptions { CallerHashKey = new string('k', 32), StreamFillDegraded = 0.8, StreamFillUnhealthy = 0.5 };

        var errors = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).Select(error => error.ErrorMessage);

        Assert.That(errors, Has.Some.Contains("CallRecords:StreamFillUnhealthy"));
    }

    private static CallRecordsHealthCheck Check(RecordsPipeline pipeline) =>
        new(TestServices.RedisConnection, Options.Create(pipeline.Options), pipeline.Status);

    private static async Task AddEntriesAsync(RecordsPipeline pipeline, int count)
    {
        var db = TestServices.RedisConnection.GetDatabase();
        foreach (var chunk in Enumerable.Range(0, count).Chunk(1000))
        {
            await Task.WhenAll(chunk.Select(i => db.StreamAddAsync(pipeline.Keys.Events, [new NameValueEntry("id", $"fill-{i}")])));
        }
    }
}
