using System.Text;
using Ivr.Acd.Events;
using Ivr.Acd.Scripts;
using Ivr.Acd.Tests.Infrastructure;
using StackExchange.Redis;

namespace Ivr.Acd.Tests.Events;

/// <summary>The stream entry's format, written by the server and by the scripts' <c>emit</c>, read back through Redis.</summary>
public sealed class CallEventStreamTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 1, 0, 0, 123, TimeSpan.Zero);

    // What a separator or an escape could break, in names and values alike.
    private static readonly Dictionary<string, string> Tricky = new(StringComparer.Ordinal)
    {
        ["quote\""] = "say \"hi\"",
        ["back\\slash"] = "C:\\calls\\",
        ["json"] = "[\"id\",\"type\"],{}:",
        ["slash"] = "a/b",
        ["control"] = "line\nbreak\ttab\r\u0001",
        ["nul"] = "1\0*",
        ["unicode"] = "중국어 상담 — 中文 😀 \u2028",
        ["empty"] = "",
        [""] = "empty name",
        ["e"] = "the packed field's own name",
        ["id"] = "a field named like the head",
        ["long"] = new string('x', 20_000),
    };

    private readonly ContactCenterKeys keys = new(AcdTestBed.NewContactCenterName());

    private static IDatabase Redis => TestRedis.Connection.GetDatabase();

    [TearDown]
    public Task DeleteStreamAsync() => Redis.KeyDeleteAsync(keys.Events);

    [Test]
    public async Task ToEntry_TrickyNamesAndValues_ReadBackEqual()
    {
        var written = new CallEvent("op-1:arrived", "call.arrived", "CA-\"1\"", At, Tricky);

        await CallEventStream.AppendAsync(Redis, keys, written);
        var read = CallEventStream.FromEntry((await Redis.StreamRangeAsync(keys.Events)).Single());

        Assert.That(read with { Fields = Tricky }, Is.EqualTo(written));
        Assert.That(read.Fields, Is.EquivalentTo(Tricky));
    }

    [Test]
    public async Task ToEntry_EmptyIdCallAndNoFields_ReadBackEqual()
    {
        var written = new CallEvent("", "counselor.idle", "", DateTimeOffset.UnixEpoch, new Dictionary<string, string>());

        await CallEventStream.AppendAsync(Redis, keys, written);
        var read = CallEventStream.FromEntry((await Redis.StreamRangeAsync(keys.Events)).Single());

        Assert.That((read.EventId, read.Type, read.CallSid, read.At, read.Fields.Count), Is.EqualTo(("", "counselor.idle", "", DateTimeOffset.UnixEpoch, 0)));
    }

    [Test]
    public void ToEntry_AnyEvent_IsOneStreamField()
    {
        var entry = CallEventStream.ToEntry(new CallEvent("id", "call.arrived", "CA1", At, Tricky));

        Assert.That(entry.Select(field => (string?)field.Name), Is.EqualTo(new[] { CallEvent.PackedField }));
    }

    [Test]
    public async Task ToEntry_UnpairedSurrogate_ReadsAsTheReplacementCharacter()
    {
        // As the earlier format did: text goes to Redis as UTF-8, which has no unpaired surrogates.
        await CallEventStream.AppendAsync(Redis, keys, new CallEvent("id", "menu.step", "CA1", At, new Dictionary<string, string> { ["digits"] = "1\uD800*" }));

        var read = CallEventStream.FromEntry((await Redis.StreamRangeAsync(keys.Events)).Single());

        Assert.That(read.Fields["digits"], Is.EqualTo("1\uFFFD*"));
    }

    [Test]
    public async Task FromEntry_EntryInTheEarlierFormat_ReadsTheSameEvent()
    {
        // One stream field per name, as every producer wrote before the packed entry: such entries may be left in a
        // stream across an upgrade.
        await Redis.StreamAddAsync(keys.Events,
            [new("id", "op-1:answered"), new("type", "call.answered"), new("call", "CA1"), new("at", At.ToUnixTimeMilliseconds()),
             new("counselor", "c-1"), new("language", "zh")]);

        var read = CallEventStream.FromEntry((await Redis.StreamRangeAsync(keys.Events)).Single());

        Assert.That((read.EventId, read.Type, read.CallSid, read.At), Is.EqualTo(("op-1:answered", "call.answered", "CA1", At)));
        Assert.That(read.Fields, Is.EquivalentTo(new Dictionary<string, string> { ["counselor"] = "c-1", ["language"] = "zh" }));
    }

    [Test]
    public async Task Emit_TrickyValuesNumbersAndNils_ReadBackAsTheServerReadsThem()
    {
        var script = LuaScript.Prepare(LuaSource.WithHelpers("""
            --- @include "events"
            emit(@Id, 'test.emitted', nil, {'tricky', @Tricky, 'number', 42, 'fraction', 0.5, 'middle', nil, 'unicode', @Unicode, 'last', nil})
            """));

        await Redis.ScriptEvaluateAsync(script, new
        {
            Events = keys.Events, Now = (RedisValue)At.ToUnixTimeMilliseconds(), Id = (RedisValue)"op-1:\"x\"/\\",
            Tricky = (RedisValue)"[\"a\",\"b\"]\n\0,:", Unicode = (RedisValue)Tricky["unicode"],
        });
        var read = CallEventStream.FromEntry((await Redis.StreamRangeAsync(keys.Events)).Single());

        Assert.That((read.EventId, read.Type, read.CallSid, read.At), Is.EqualTo(("op-1:\"x\"/\\", "test.emitted", "", At)));
        Assert.That(read.Fields, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["tricky"] = "[\"a\",\"b\"]\n\0,:", ["number"] = "42", ["fraction"] = "0.5", ["middle"] = "", ["unicode"] = Tricky["unicode"], ["last"] = "",
        }));
    }

    [TestCase("[\"id\",\"type\",\"CA1\"]", TestName = "FromEntry_PackedWithoutTheTime_Throws")]
    [TestCase("[\"id\",\"type\",\"CA1\",\"1\",\"name\"]", TestName = "FromEntry_PackedNameWithoutValue_Throws")]
    [TestCase("[\"id\",\"type\",\"CA1\",\"soon\"]", TestName = "FromEntry_PackedTimeNotANumber_Throws")]
    [TestCase("[\"id\",\"type\",\"CA1\",1]", TestName = "FromEntry_PackedNumberNotAString_Throws")]
    [TestCase("[\"id\",\"type\",\"CA1\",\"1\"] []", TestName = "FromEntry_PackedWithMoreAfterTheArray_Throws")]
    [TestCase("{\"id\":\"x\"}", TestName = "FromEntry_PackedObject_Throws")]
    [TestCase("[\"id\",\"type\",\"CA1\",\"1\",\"from\",\"+82 10", TestName = "FromEntry_PackedCutShort_Throws")]
    public void FromEntry_MalformedPackedEntry_ThrowsFormatException(string packed) =>
        Assert.That(() => CallEventStream.FromEntry(Packed(packed)), Throws.InstanceOf<FormatException>());

    [Test]
    public void FromEntry_PackedEntryNotUtf8_ThrowsFormatException() =>
        Assert.That(() => CallEventStream.FromEntry(new StreamEntry("1-0", [new(CallEvent.PackedField, new byte[] { (byte)'[', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)']' })])),
            Throws.InstanceOf<FormatException>());

    [Test]
    public void Fields_PackedEntryCutInAValue_KeepsTheNamedValuesBeforeIt()
    {
        var fields = CallEventStream.Fields(Packed("[\"id-1\",\"call.arrived\",\"CA1\",\"soon\",\"to\",\"1345\",\"from\",\"+82 10-5555"));

        Assert.That(fields, Is.EquivalentTo(new Dictionary<string, string> { ["id"] = "id-1", ["type"] = "call.arrived", ["call"] = "CA1", ["at"] = "soon", ["to"] = "1345", ["from"] = "" }));
    }

    private static StreamEntry Packed(string value) => new("1-0", [new(CallEvent.PackedField, Encoding.UTF8.GetBytes(value))]);
}
