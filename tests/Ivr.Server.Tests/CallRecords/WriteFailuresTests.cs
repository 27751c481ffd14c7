using System.Net.Sockets;
using Ivr.Server.CallRecords.Pipeline;
using Npgsql;

namespace Ivr.Server.Tests.CallRecords;

public sealed class WriteFailuresTests
{
    [TestCase("08006", true)] // connection failure
    [TestCase("57P01", true)] // admin shutdown
    [TestCase("53100", true)] // disk full
    [TestCase("40P01", true)] // deadlock
    [TestCase("54000", false)] // index row too large: the event's own data
    [TestCase("22021", false)] // invalid byte sequence
    [TestCase("23505", false)] // unique violation
    [TestCase("42703", false)] // undefined column for one event's data
    public void IsTransient_PostgresError_RetriesOnlyWhatIsNotTheData(string sqlState, bool transient) =>
        Assert.That(WriteFailures.IsTransient(new PostgresException("test", "ERROR", "ERROR", sqlState)), Is.EqualTo(transient));

    [Test]
    public void IsTransient_ConnectionRefused_Retries() =>
        Assert.That(WriteFailures.IsTransient(new NpgsqlException("refused", new SocketException((int)SocketError.ConnectionRefused))), Is.True);

    [Test]
    public void IsTransient_FormatErrorInTheEvent_DoesNotRetry() =>
        Assert.That(WriteFailures.IsTransient(new FormatException("bad number")), Is.False);
}
