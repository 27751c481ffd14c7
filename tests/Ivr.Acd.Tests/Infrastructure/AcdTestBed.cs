using Ivr.Acd.Engine;
using Ivr.Acd.Events;
using Ivr.Acd.Model;
using Ivr.Acd.Routing;
using StackExchange.Redis;

namespace Ivr.Acd.Tests.Infrastructure;

/// <summary>One test's contact center: a unique hash tag on the real Redis, a fake clock, and an engine.</summary>
public sealed class AcdTestBed : IAsyncDisposable
{
    public AcdTestBed(Func<string, AcdSettings>? settings = null, IConnectionMultiplexer? redis = null, string? contactCenter = null)
    {
        Redis = redis ?? TestRedis.Connection;
        ContactCenter = contactCenter ?? NewContactCenterName();
        Settings = (settings ?? TestRules.Settings)(ContactCenter);
        Engine = NewEngine();
    }

    public static string NewContactCenterName() => "acdtest-" + Guid.NewGuid().ToString("N")[..12];

    public IConnectionMultiplexer Redis { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    public string ContactCenter { get; }

    public AcdSettings Settings { get; }

    public AcdEngine Engine { get; }

    /// <summary>Another engine over the same Redis, as after a restart or on another server instance.</summary>
    public AcdEngine NewEngine(IConnectionMultiplexer? connection = null) =>
        new((connection ?? Redis).GetDatabase(), Settings, Time);

    public Task<PresenceResult> AddCounselorAsync(string id, params (string Language, int Level)[] skills) =>
        AddCounselorAsync(id, [], skills);

    public async Task<PresenceResult> AddCounselorAsync(string id, IReadOnlyList<string> teams, params (string Language, int Level)[] skills)
    {
        await Engine.UpsertCounselorAsync(new CounselorProfile(id, skills.ToDictionary(skill => skill.Language, skill => skill.Level)) { Teams = teams });
        return await Engine.SignInAsync(id);
    }

    public Task<EnqueueResult> JoinAsync(string callSid, string language, int priority = 0, bool overflow = false, params string[] tags) =>
        Engine.EnqueueCallerAsync(new EnqueueRequest(callSid, language, priority, tags, overflow));

    public void Advance(TimeSpan by) => Time.Advance(by);

    public async Task<IReadOnlyList<CallEvent>> EventsAsync()
    {
        var entries = await Redis.GetDatabase().StreamRangeAsync(Engine.Keys.ContactCenter.Events);
        return [.. entries.Select(CallEventStream.FromEntry)];
    }

    public Task<IReadOnlyList<string>> ViolationsAsync() => Invariants.CheckAsync(Redis.GetDatabase(), Engine);

    public async ValueTask DisposeAsync() => await TestRedis.DeleteContactCenterAsync(Redis, ContactCenter);
}
