using Ivr.Server.Telephony;

namespace Ivr.Server.Tests.Telephony;

/// <summary>Which caller ids name a caller we could know again (to remember their language), and which are withheld.</summary>
public sealed class CallerNumberTests
{
    [TestCase("+821012345678")]
    [TestCase("+82 10-1234-5678")]
    [TestCase("010 1234 5678")]
    [TestCase("+8221234567")]
    [TestCase("+14158675310")]
    public void IsKnowable_ATelephoneNumber_IsKnowable(string from) =>
        Assert.That(CallerNumber.IsKnowable(from), Is.True);

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    [TestCase("anonymous")]
    [TestCase("Anonymous")]
    [TestCase("restricted")]
    [TestCase("unknown")]
    [TestCase("UNAVAILABLE")]
    [TestCase("+266696687")]
    [TestCase("266696687")]
    [TestCase("+7378742833")]
    [TestCase("+86282452253")]
    [TestCase("+2562533")]
    [TestCase("client:alice")]
    [TestCase("client:+821012345678")]
    [TestCase("sip:alice@example.com")]
    [TestCase("+123456")]
    [TestCase("+1234567890123456")]
    [TestCase("82+1012345678")]
    public void IsKnowable_WithheldOrNotANumber_IsNot(string? from) =>
        Assert.That(CallerNumber.IsKnowable(from), Is.False);

    [Test]
    public void Keypad_Anonymous_IsTheNumberTwilioPutsInItsPlace() =>
        Assert.That(CallerNumber.Keypad("anonymous"), Is.EqualTo("266696687"));
}
