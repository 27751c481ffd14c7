using System.ComponentModel.DataAnnotations;
using Ivr.Server.CallControl;
using Ivr.Server.Telephony;

namespace Ivr.Server.Tests.Telephony;

/// <summary>The one E.164 rule: the numbers counselors add to a call and the center's own number follow it alike.</summary>
public sealed class E164NumberTests
{
    [TestCase("+8221234567")]
    [TestCase("+821012345678")]
    [TestCase("+1234567")]
    [TestCase("+123456789012345")]
    public void IsValid_AnE164Number_IsAccepted_ByTheRuleAndByTheOptions(string number)
    {
        Assert.That(E164Number.IsValid(number), Is.True);
        Assert.That(CenterNumberProblems(number), Is.Empty);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("8221234567")]
    [TestCase("+0821234567")]
    [TestCase("+123456")]
    [TestCase("+1234567890123456")]
    [TestCase("+82 2 1234 567")]
    [TestCase("+82-2-1234-567")]
    public void IsValid_NotE164_IsRefused_ByTheRuleAndByTheOptions(string? number)
    {
        Assert.That(E164Number.IsValid(number), Is.False);
        if (!string.IsNullOrEmpty(number))
        {
            Assert.That(CenterNumberProblems(number), Is.Not.Empty);
        }
    }

    private static List<ValidationResult> CenterNumberProblems(string number)
    {
        var options = new CallControlOptions { CenterNumber = number };
        var problems = new List<ValidationResult>();
        Validator.TryValidateProperty(number, new ValidationContext(options) { MemberName = nameof(CallControlOptions.CenterNumber) }, problems);
        return problems;
    }
}
