using System.ComponentModel.DataAnnotations;
using Ivr.Server.CallRecords;
using Ivr.Server.Reporting;

namespace Ivr.Server.Tests.CallRecords;

public sealed class CallRecordsOptionsTests
{
    [Test]
    public void Validate_MissingKeyAndShortRetention_NamesEachKey()
    {
        var messages = Validate(new CallRecordsOptions { CallerHashKey = "", RetentionPeriod = TimeSpan.FromHours(1) });

        Assert.That(messages, Has.Some.Contains("CallRecords:CallerHashKey"));
        Assert.That(messages, Has.Some.Contains("CallRecords:RetentionPeriod"));
    }

    [Test]
    public void Validate_UnknownZoneAndMalformedEncryptionKey_NamesEachKey()
    {
        var messages = Validate(new CallRecordsOptions
        {
            CallerHashKey = new string('k', 32),
            TimeZone = "Mars/Olympus",
            CallerEncryptionKey = "not-base64",
        });

        Assert.That(messages, Has.Some.Contains("CallRecords:TimeZone"));
        Assert.That(messages, Has.Some.Contains("CallRecords:CallerEncryptionKey"));
    }

    [Test]
    public void Validate_DefaultsWithAKey_AreValid()
    {
        Assert.That(Validate(new CallRecordsOptions { CallerHashKey = new string('k', 32) }), Is.Empty);
    }

    [Test]
    public void Validate_UnsupportedServiceLevelThreshold_NamesTheKey()
    {
        Assert.That(Validate(new ReportingOptions { ServiceLevelSeconds = 17 }), Has.Some.Contains("Reporting:ServiceLevelSeconds"));
    }

    private static List<string> Validate(object options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.Select(result => result.ErrorMessage ?? "").ToList();
    }
}
