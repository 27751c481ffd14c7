using Ivr.Server.Recordings;

namespace Ivr.Server.Tests.Recordings;

/// <summary>A bad Recording section stops start-up naming the key; the defaults record nothing and keep victim-support off.</summary>
public sealed class RecordingOptionsValidatorTests
{
    private static readonly RecordingOptionsValidator Validator = new();

    [Test]
    public void Defaults_AreValid_RecordNoLanguage_AndKeepVictimSupportOff()
    {
        var options = new RecordingOptions();

        Assert.That(Validator.Validate(null, options).Succeeded, Is.True);
        Assert.That(options.Records("vi"), Is.False);
        Assert.That(options.RecordsTags([RecordingOptions.VictimSupport]), Is.False);
        Assert.That(options.RecordsTags(["legal"]), Is.True);
    }

    [Test]
    public void PerLanguage_OverridesEnabled()
    {
        var options = new RecordingOptions { Enabled = true, Languages = { ["ne"] = false } };

        Assert.That((options.Records("vi"), options.Records("ne")), Is.EqualTo((true, false)));
    }

    [TestCase("Languages", "Recording:Languages:Vietnamese is not a language code.")]
    [TestCase("Tags", "Recording:Tags:Victim Support is not a tag")]
    [TestCase("UnknownType", "Recording:RetentionDays:voicemail is not a recording type")]
    [TestCase("MissingType", "Recording:RetentionDays:call is required.")]
    [TestCase("Days", "Recording:RetentionDays:call must be 1 to 3650 days.")]
    [TestCase("Interval", "Recording:RetentionInterval must be between 1 second and 1 day.")]
    public void Bad_IsRefusedNamingTheKey(string what, string message)
    {
        var options = new RecordingOptions();
        switch (what)
        {
            case "Languages": options.Languages["Vietnamese"] = true; break;
            case "Tags": options.Tags["Victim Support"] = true; break;
            case "UnknownType": options.RetentionDays["voicemail"] = 30; break;
            case "MissingType": options.RetentionDays.Clear(); break;
            case "Days": options.RetentionDays[RecordingTypes.Call] = 0; break;
            case "Interval": options.RetentionInterval = TimeSpan.Zero; break;
        }

        var result = Validator.Validate(null, options);

        Assert.That(result.Failed, Is.True);
        Assert.That(result.FailureMessage, Does.Contain(message));
    }
}
