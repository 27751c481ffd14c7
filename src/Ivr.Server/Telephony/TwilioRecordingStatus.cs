using System.Globalization;
using System.Text.RegularExpressions;

namespace Ivr.Server.Telephony;

/// <summary>
/// A recording status callback (a &lt;Record&gt;'s <c>recordingStatusCallback</c>, or a conference's) under Twilio's
/// names: CallSid (the parent leg; a conference's recording names its ConferenceSid instead), RecordingSid,
/// RecordingStatus (in-progress, completed, absent, failed), RecordingDuration (whole seconds) and ErrorCode (16101 for
/// an absent, too short recording). Read after the signature filter.
/// </summary>
public sealed partial record TwilioRecordingStatus(string CallSid, string RecordingSid, string RecordingStatus, int RecordingDuration, string? ErrorCode,
    string? ConferenceSid = null)
{
    public const string Completed = "completed";
    public const string Absent = "absent";
    public const string Failed = "failed";

    /// <summary>Reads the form; false with the reason when a parameter is missing or malformed.</summary>
    public static bool TryRead(IFormCollection form, out TwilioRecordingStatus status, out string problem)
    {
        status = null!;
        problem = "";
        var callSid = form["CallSid"].ToString();
        var recordingSid = form["RecordingSid"].ToString();
        var recordingStatus = form["RecordingStatus"].ToString();
        var duration = form["RecordingDuration"].ToString();
        var conferenceSid = form["ConferenceSid"].ToString();
        var seconds = 0;
        var ofConference = callSid.Length == 0 && conferenceSid.Length > 0;
        if (ofConference && !ConferenceSidPattern().IsMatch(conferenceSid))
        {
            problem = "ConferenceSid is malformed.";
        }
        else if (!ofConference && (!SidPattern().IsMatch(callSid) || !callSid.StartsWith("CA", StringComparison.Ordinal)))
        {
            problem = callSid.Length == 0 ? "CallSid is required." : "CallSid is malformed.";
        }
        else if (!SidPattern().IsMatch(recordingSid) || !recordingSid.StartsWith("RE", StringComparison.Ordinal))
        {
            problem = recordingSid.Length == 0 ? "RecordingSid is required." : "RecordingSid is malformed.";
        }
        else if (!StatusPattern().IsMatch(recordingStatus))
        {
            problem = "RecordingStatus is missing or malformed.";
        }
        // -1 while a recording is in progress (its in-progress callback), as the Recording resource reports it.
        else if (duration.Length > 0 && !int.TryParse(duration, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seconds))
        {
            problem = "RecordingDuration must be a whole number.";
        }
        if (problem.Length > 0)
        {
            return false;
        }
        var errorCode = form["ErrorCode"].ToString();
        status = new TwilioRecordingStatus(callSid, recordingSid, recordingStatus, Math.Max(0, seconds), errorCode.Length == 0 ? null : errorCode,
            conferenceSid.Length == 0 ? null : conferenceSid);
        return true;
    }

    [GeneratedRegex("^(CA|RE)[0-9A-Za-z]{10,64}$")]
    private static partial Regex SidPattern();

    [GeneratedRegex("^CF[0-9A-Za-z]{10,64}$")]
    private static partial Regex ConferenceSidPattern();

    [GeneratedRegex("^[a-z-]{1,32}$")]
    private static partial Regex StatusPattern();
}
