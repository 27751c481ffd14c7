using Ivr.Server.CallRecords;
using Ivr.Server.CallRecords.Folding;
using Ivr.Server.CallRecords.Privacy;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Tests.CallRecords;

public sealed class CallerProtectorTests
{
    private static CallerProtector Protector(string? encryptionKey = null) => new(Options.Create(new CallRecordsOptions
    {
        CallerHashKey = "test-caller-hash-key-0123456789abcdef",
        CallerEncryptionKey = encryptionKey,
    }));

    [Test]
    public void Protect_NumberInTwoFormats_GivesOneHashAndNoClearText()
    {
        var protector = Protector();

        var local = protector.Protect(new Dictionary<string, string> { ["from"] = "010-1234-5678", ["to"] = "1345" });
        var international = protector.Protect(new Dictionary<string, string> { ["from"] = "+82 10 1234 5678" });

        Assert.That(local.ContainsKey(ProtectedFields.From), Is.False);
        Assert.That(local[ProtectedFields.FromHash], Is.EqualTo(international[ProtectedFields.FromHash]));
        Assert.That(local.ContainsKey(ProtectedFields.FromSealed), Is.False, "no encryption unless configured");
        Assert.That(local["to"], Is.EqualTo("1345"));
    }

    [Test]
    public void Protect_WithEncryptionKey_SealsTheNumberSoOnlyTheKeyOpensIt()
    {
        var protector = Protector(Convert.ToBase64String(new byte[32]));

        var sealedNumber = Convert.FromBase64String(protector.Protect(new Dictionary<string, string> { ["from"] = "+82 10 1234 5678" })[ProtectedFields.FromSealed]);

        Assert.That(protector.Unseal(sealedNumber), Is.EqualTo("+82 10 1234 5678"));
        Assert.That(() => Protector(Convert.ToBase64String(Enumerable.Repeat((byte)7, 32).ToArray())).Unseal(sealedNumber),
            Throws.InstanceOf<System.Security.Cryptography.AuthenticationTagMismatchException>());
    }

    [Test]
    public void Hash_DifferentKey_GivesADifferentHash()
    {
        var other = new CallerProtector(Options.Create(new CallRecordsOptions { CallerHashKey = new string('x', 32) }));

        Assert.That(other.Hash("010-1234-5678"), Is.Not.EqualTo(Protector().Hash("010-1234-5678")));
    }
}
