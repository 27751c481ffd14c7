using System.Globalization;
using System.Text.RegularExpressions;

namespace Ivr.Server.Telephony;

/// <summary>
/// Twilio's voice webhook parameters under their Twilio names (TwiML requests, Gather, Enqueue, Dial, Record and
/// status callbacks). Read with <see cref="TryRead"/> after the signature filter, so unsigned requests get 403 first.
/// </summary>
public sealed partial record TwilioVoiceRequest
{
    /// <summary>The Digits of Record's action when the caller hung up during the recording.</summary>
    public const string HungUp = "hangup";

    public required string CallSid { get; init; }
    public string? AccountSid { get; init; }
    public string? From { get; init; }
    public string? To { get; init; }
    public string? CallStatus { get; init; }
    public string? Direction { get; init; }
    public string? Digits { get; init; }
    public string? FinishedOnKey { get; init; }
    public string? QueueResult { get; init; }
    public string? QueueSid { get; init; }
    public int? QueueTime { get; init; }
    public int? QueuePosition { get; init; }
    public int? CurrentQueueSize { get; init; }
    public int? AvgQueueTime { get; init; }
    public int? MaxQueueSize { get; init; }
    public string? DialCallStatus { get; init; }
    public string? DialCallSid { get; init; }
    public int? DialCallDuration { get; init; }
    public string? DialBridged { get; init; }
    public int? CallDuration { get; init; }
    public int? SequenceNumber { get; init; }
    public string? CallbackSource { get; init; }
    public string? Timestamp { get; init; }
    public string? RecordingSid { get; init; }
    public int? RecordingDuration { get; init; }

    /// <summary>Record's action: the caller hung up (Digits is the finish key, or <c>hangup</c>).</summary>
    public bool CallerHungUp => Digits == HungUp;

    /// <summary>The keys pressed, with a trailing <c>*</c> when the caller finished with it (language choice).</summary>
    public string PressedKeys => (Digits ?? "") + (FinishedOnKey == "*" && Digits?.EndsWith('*') != true ? "*" : "");

    /// <summary>Reads the form; false with the reason when a parameter is missing or malformed.</summary>
    public static bool TryRead(IFormCollection form, out TwilioVoiceRequest request, out string problem)
    {
        request = null!;
        problem = "";
        var callSid = form["CallSid"].ToString();
        if (!CallSidPattern().IsMatch(callSid))
        {
            problem = callSid.Length == 0 ? "CallSid is required." : "CallSid is malformed.";
            return false;
        }
        var digits = Text(form, "Digits");
        if (digits is not null && digits != HungUp && !DigitsPattern().IsMatch(digits))
        {
            problem = "Digits may hold only 0-9, * and #, or hangup.";
            return false;
        }
        var numbers = new Dictionary<string, int?>();
        foreach (var name in (string[])["QueueTime", "QueuePosition", "CurrentQueueSize", "AvgQueueTime", "MaxQueueSize", "DialCallDuration", "CallDuration", "SequenceNumber", "RecordingDuration"])
        {
            var text = Text(form, name);
            if (text is null)
            {
                numbers[name] = null;
            }
            else if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                numbers[name] = number;
            }
            else
            {
                problem = $"{name} must be a whole number.";
                return false;
            }
        }
        request = new TwilioVoiceRequest
        {
            CallSid = callSid,
            AccountSid = Text(form, "AccountSid"),
            From = Text(form, "From"),
            To = Text(form, "To"),
            CallStatus = Text(form, "CallStatus"),
            Direction = Text(form, "Direction"),
            Digits = digits,
            FinishedOnKey = Text(form, "FinishedOnKey"),
            QueueResult = Text(form, "QueueResult"),
            QueueSid = Text(form, "QueueSid"),
            QueueTime = numbers["QueueTime"],
            QueuePosition = numbers["QueuePosition"],
            CurrentQueueSize = numbers["CurrentQueueSize"],
            AvgQueueTime = numbers["AvgQueueTime"],
            MaxQueueSize = numbers["MaxQueueSize"],
            DialCallStatus = Text(form, "DialCallStatus"),
            DialCallSid = Text(form, "DialCallSid"),
            DialCallDuration = numbers["DialCallDuration"],
            DialBridged = Text(form, "DialBridged"),
            CallDuration = numbers["CallDuration"],
            SequenceNumber = numbers["SequenceNumber"],
            CallbackSource = Text(form, "CallbackSource"),
            Timestamp = Text(form, "Timestamp"),
            RecordingSid = Text(form, "RecordingSid"),
            RecordingDuration = numbers["RecordingDuration"],
        };
        return true;
    }

    private static string? Text(IFormCollection form, string name) => form.TryGetValue(name, out var value) ? value.ToString() : null;

    [GeneratedRegex("^CA[0-9A-Za-z]{10,64}$")]
    private static partial Regex CallSidPattern();

    [GeneratedRegex("^[0-9*#]{0,64}$")]
    private static partial Regex DigitsPattern();
}
