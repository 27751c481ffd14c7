using Ivr.Server.Telephony;

namespace Ivr.Server.Tests.Telephony;

public sealed class KeypadNumberTests
{
    [TestCase("01012345678", "+821012345678")]
    [TestCase("021234567", "+8221234567")]
    [TestCase("0084912345678", "+84912345678")]
    [TestCase("821012345678", "+821012345678")]
    public void ToE164_KeyedNumber_IsDialable(string digits, string expected) =>
        Assert.That(KeypadNumber.ToE164(digits), Is.EqualTo(expected));

    [TestCase("0101234567")]
    [TestCase("010123456789")]
    [TestCase("1")]
    [TestCase("")]
    [TestCase("12*3")]
    public void ToE164_NotANumber_IsNull(string digits) => Assert.That(KeypadNumber.ToE164(digits), Is.Null);

    [TestCase("anonymous")]
    [TestCase("+266696687")]
    [TestCase("")]
    [TestCase("client:demo")]
    public void Callable_WithheldOrNotANumber_IsNull(string from) => Assert.That(KeypadNumber.Callable(from), Is.Null);

    [Test]
    public void LastDigits_Number_AreSpacedOneByOne() => Assert.That(KeypadNumber.LastDigits("+821012345678"), Is.EqualTo("5 6 7 8"));
}
