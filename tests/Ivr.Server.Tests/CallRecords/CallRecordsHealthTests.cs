using System.Text.Json;
using Ivr.Acd;
using Ivr.Acd.Events;
using Ivr.Server.CallRecords;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Tests.CallRecords;

public sealed class CallRecordsHealthTests
{
    [Test]
    public async Task Ready_WriterCaughtUp_ReportsCallRecordsHealthyWithItsLag()
    {
        await using var factory = await IvrServerFactory.StartAsync();

        using var body = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/health/ready"));

        var entry = body.RootElement.GetProperty("checks").GetProperty("call-records");
        Assert.That(entry.GetProperty("status").GetString(), Is.EqualTo("Healthy"));
        Assert.That(entry.GetProperty("data").GetProperty("lag").GetInt64(), Is.Zero);
        Assert.That(entry.GetProperty("data").GetProperty("lagDegradedThreshold").GetInt32(), Is.EqualTo(10_000));
    }

    [Test]
    public async Task Ready_PostgresUnreachableWithEventsWaiting_ReportsCallRecordsDegradedWithTheLag()
    {
        await using var factory = await IvrServerFactory.StartAsync(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = "Host=127.0.0.1;Port=1;Username=ivr;Password=ivr;Database=ivr;Timeout=2",
            ["Database:MigrateOnStart"] = "false",
            ["CallRecords:RetryDelay"] = "00:00:00.100",
        });
        var keys = new ContactCenterKeys(factory.Services.GetRequiredService<IOptions<CallRecordsOptions>>().Value.ContactCenter);
        foreach (var callEvent in ScriptedDay.Events())
        {
            await CallEventStream.AppendAsync(TestServices.RedisConnection.GetDatabase(), keys, callEvent);
        }
        var client = factory.CreateClient();

        JsonElement entry = default;
        for (var attempt = 0; attempt < 200; attempt++)
        {
            using var body = JsonDocument.Parse(await (await client.GetAsync("/health/ready")).Content.ReadAsStringAsync());
            entry = body.RootElement.GetProperty("checks").GetProperty("call-records").Clone();
            if (entry.GetProperty("status").GetString() == "Degraded")
            {
                break;
            }
            await Task.Delay(100);
        }
        await TestServices.RedisConnection.GetDatabase().KeyDeleteAsync(keys.Events);

        Assert.That(entry.GetProperty("status").GetString(), Is.EqualTo("Degraded"));
        Assert.That(entry.GetProperty("data").GetProperty("lag").GetInt64(), Is.EqualTo(ScriptedDay.Events().Count));
        Assert.That(entry.GetProperty("data").GetProperty("lastError").GetString(), Is.Not.Empty);
    }
}
