using Ivr.Acd;
using Ivr.Acd.Events;
using Ivr.Server.Ivr;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Ivr.Server.Tests.Ivr;

/// <summary>
/// Call sessions against the real Redis, written through the group commit: every write keeps its own outcome when
/// many share one script call (creation once per CallSid, compare-and-set per update), and its events land with it.
/// </summary>
public sealed class CallSessionStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(9));

    [Test]
    public async Task CreateAsync_ManyCallsAtOnceWithRetries_CreatesEachSessionOnceWithOneArrivedEvent()
    {
        await using var store = await Store.StartAsync(TestServices.RedisConnection);
        var calls = Enumerable.Range(0, 150).Select(_ => "CA" + Guid.NewGuid().ToString("N")).ToList();

        // Every call arrives three times at once, as Twilio's retries of a slow first request would.
        var writes = calls.SelectMany(call => Enumerable.Range(0, 3).Select(attempt =>
            store.Sessions.CreateAsync(Session(call, node: $"attempt-{attempt}"), [Arrived(call)]))).ToList();
        var results = await Task.WhenAll(writes);

        var byCall = results.GroupBy(result => result.Session.CallSid).ToList();
        Assert.That(byCall, Has.Count.EqualTo(calls.Count));
        Assert.That(byCall.Select(group => group.Count(result => result.Created)), Is.All.EqualTo(1));
        foreach (var group in byCall)
        {
            var winner = group.Single(result => result.Created).Session;
            Assert.That(group.Select(result => result.Session.Node), Is.All.EqualTo(winner.Node), "retries answer with the first session");
            Assert.That((await store.Sessions.GetAsync(group.Key))?.Node, Is.EqualTo(winner.Node));
        }
        var arrived = (await store.EventsAsync()).Where(entry => entry.Type == CallEventTypes.CallArrived).Select(entry => entry.CallSid).ToList();
        Assert.That(arrived, Is.EquivalentTo(calls), "one arrived event per call, none for the retries");
    }

    [Test]
    public async Task UpdateAsync_TwoStepsFromTheSameSessionAtOnce_AppliesOneAndAnswersTheOtherWithTheWinner()
    {
        await using var store = await Store.StartAsync(TestServices.RedisConnection);
        var call = "CA" + Guid.NewGuid().ToString("N");
        var (first, _) = await store.Sessions.CreateAsync(Session(call, "main"), [Arrived(call)]);

        var left = first with { Node = "offices", Step = 2 };
        var right = first with { Node = "visa", Step = 2 };
        var results = await Task.WhenAll(
            store.Sessions.UpdateAsync(first, left, [Step(call, "offices")]),
            store.Sessions.UpdateAsync(first, right, [Step(call, "visa")]));

        Assert.That(results.Count(result => result.Applied), Is.EqualTo(1));
        var stored = await store.Sessions.GetAsync(call);
        var lost = results.Single(result => !result.Applied);
        Assert.That(lost.Current?.Node, Is.EqualTo(stored!.Node), "the step that lost is told which session won");
        var steps = (await store.EventsAsync()).Where(entry => entry.Type == CallEventTypes.MenuStep).ToList();
        Assert.That(steps.Select(entry => entry.Fields["node"]), Is.EqualTo(new[] { stored.Node }), "only the applied step's event");
    }

    [Test]
    public async Task UpdateAsync_SessionGone_AnswersNotAppliedWithoutASession()
    {
        await using var store = await Store.StartAsync(TestServices.RedisConnection);
        var call = "CA" + Guid.NewGuid().ToString("N");
        var session = Session(call, "main");

        var (applied, current) = await store.Sessions.UpdateAsync(session, session with { Step = 2 }, []);

        Assert.That(applied, Is.False);
        Assert.That(current, Is.Null);
    }

    [Test]
    public async Task WriteAsync_RedisDown_FailsEveryWaitingWriteInsteadOfHanging()
    {
        await using var redis = new PrivateRedis();
        await redis.StartAsync();
        await using var connection = await ConnectionMultiplexer.ConnectAsync($"{redis.ConnectionString},abortConnect=false,connectTimeout=500,syncTimeout=1000,asyncTimeout=1000");
        await using var store = await Store.StartAsync(connection);
        await redis.StopAsync();

        var writes = Enumerable.Range(0, 20).Select(_ => "CA" + Guid.NewGuid().ToString("N"))
            .Select(call => store.Sessions.CreateAsync(Session(call, "main"), [Arrived(call)])).ToList();

        foreach (var write in writes)
        {
            Assert.That(async () => await write.WaitAsync(TimeSpan.FromSeconds(30)), Throws.InstanceOf<RedisException>());
        }
    }

    private static CallSession Session(string call, string node) => new(call, 1, node, 0, null, [node], Step: 1, Queued: false);

    [Test]
    public async Task CreateBehind_ReadAtOnce_FindsTheSessionAndItsOneArrivedEvent()
    {
        await using var store = await Store.StartAsync(TestServices.RedisConnection);
        var calls = Enumerable.Range(0, 100).Select(_ => "CA" + Guid.NewGuid().ToString("N")).ToList();

        foreach (var call in calls)
        {
            // A retry of the same arrival right behind the first: still one session and one event.
            Assert.That(store.Sessions.CreateBehind(Session(call, node: "first"), [Arrived(call)]), Is.True);
            Assert.That(store.Sessions.CreateBehind(Session(call, node: "retry"), [Arrived(call)]), Is.True);
            // The very next read of the call (the caller's first key press) waits for the creation, not a miss.
            Assert.That((await store.Sessions.GetAsync(call))?.Node, Is.EqualTo("first"), call);
        }

        var arrived = (await store.EventsAsync()).Where(entry => entry.Type == CallEventTypes.CallArrived).Select(entry => entry.CallSid).ToList();
        Assert.That(arrived, Is.EquivalentTo(calls));
    }

    private static CallEvent Arrived(string call) =>
        new($"{call}:arrived", CallEventTypes.CallArrived, call, Now, new Dictionary<string, string> { ["from"] = "+821012345678" });

    private static CallEvent Step(string call, string node) =>
        new($"{call}:step:{node}", CallEventTypes.MenuStep, call, Now, new Dictionary<string, string> { ["node"] = node });

    /// <summary>A session store of a contact center of its own, with its group-commit writer running.</summary>
    private sealed class Store : IAsyncDisposable
    {
        private readonly IConnectionMultiplexer connection;
        private readonly ContactCenterKeys keys = new("sessions-test-" + Guid.NewGuid().ToString("N")[..12]);
        private readonly SessionWriteBatcher writer;

        private Store(IConnectionMultiplexer connection)
        {
            this.connection = connection;
            writer = new SessionWriteBatcher(connection, keys, Options.Create(new IvrOptions()));
            Sessions = new CallSessionStore(connection, keys, writer, Microsoft.Extensions.Logging.Abstractions.NullLogger<CallSessionStore>.Instance);
        }

        public CallSessionStore Sessions { get; }

        public static async Task<Store> StartAsync(IConnectionMultiplexer connection)
        {
            var store = new Store(connection);
            await store.writer.StartAsync(CancellationToken.None);
            return store;
        }

        public async Task<List<CallEvent>> EventsAsync() =>
            [.. (await connection.GetDatabase().StreamRangeAsync(keys.Events)).Select(CallEventStream.FromEntry)];

        public async ValueTask DisposeAsync()
        {
            await writer.StopAsync(CancellationToken.None);
            writer.Dispose();
            if (connection.IsConnected)
            {
                var database = connection.GetDatabase();
                var server = connection.GetServer(connection.GetEndPoints()[0]);
                await foreach (var key in server.KeysAsync(pattern: keys.Prefix + "*"))
                {
                    await database.KeyDeleteAsync(key);
                }
            }
        }
    }
}
