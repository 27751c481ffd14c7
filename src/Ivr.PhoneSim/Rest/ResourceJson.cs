using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Conferences;
using Ivr.PhoneSim.Messages;
using Ivr.PhoneSim.Queues;
using Ivr.PhoneSim.Recordings;
using Ivr.PhoneSim.Twilio;

namespace Ivr.PhoneSim.Rest;

/// <summary>The JSON shapes of Twilio's 2010-04-01 Call, Queue, Member, Conference, Participant, Recording and Message resources (snake_case, RFC 2822 dates).</summary>
public sealed class ResourceJson(SimulatorOptions options, TimeProvider clock, Func<SimRecording, Uri> mediaUrl)
{
    private string Account => $"/2010-04-01/Accounts/{options.AccountSid}";

    public Dictionary<string, object?> Call(SimCall call) => new()
    {
        ["sid"] = call.Sid,
        ["account_sid"] = options.AccountSid,
        ["parent_call_sid"] = call.Setup.ParentCallSid,
        ["date_created"] = TwilioDates.Rfc2822(call.DateCreated),
        ["date_updated"] = TwilioDates.Rfc2822(call.DateUpdated),
        ["to"] = call.To,
        ["to_formatted"] = call.To,
        ["from"] = call.From,
        ["from_formatted"] = call.From,
        ["phone_number_sid"] = null,
        ["status"] = call.Status,
        ["start_time"] = TwilioDates.Rfc2822(call.StartTime),
        ["end_time"] = TwilioDates.Rfc2822(call.EndTime),
        ["duration"] = call.EndTime is null ? null : call.Duration.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["price"] = null,
        ["price_unit"] = "USD",
        ["direction"] = call.Direction,
        ["answered_by"] = call.AnsweredBy,
        ["api_version"] = "2010-04-01",
        ["forwarded_from"] = null,
        ["group_sid"] = null,
        ["caller_name"] = null,
        ["queue_time"] = "0",
        ["trunk_sid"] = null,
        ["uri"] = $"{Account}/Calls/{call.Sid}.json",
        ["subresource_uris"] = new Dictionary<string, string>
        {
            ["notifications"] = $"{Account}/Calls/{call.Sid}/Notifications.json",
            ["recordings"] = $"{Account}/Calls/{call.Sid}/Recordings.json",
        },
    };

    public Dictionary<string, object?> Queue(SimQueue queue) => new()
    {
        ["sid"] = queue.Sid,
        ["account_sid"] = options.AccountSid,
        ["friendly_name"] = queue.FriendlyName,
        ["current_size"] = queue.CurrentSize,
        ["max_size"] = queue.MaxSize,
        ["average_wait_time"] = queue.AverageWaitSeconds,
        ["date_created"] = TwilioDates.Rfc2822(queue.DateCreated),
        ["date_updated"] = TwilioDates.Rfc2822(queue.DateUpdated),
        ["uri"] = $"{Account}/Queues/{queue.Sid}.json",
        ["subresource_uris"] = new Dictionary<string, string> { ["members"] = $"{Account}/Queues/{queue.Sid}/Members.json" },
    };

    public Dictionary<string, object?> Member(SimQueue queue, QueueMember member, int position) => new()
    {
        ["call_sid"] = member.Call.Sid,
        ["queue_sid"] = queue.Sid,
        ["date_enqueued"] = TwilioDates.Rfc2822(member.EnqueuedAt),
        ["position"] = position,
        ["wait_time"] = (int)(clock.GetUtcNow() - member.EnqueuedAt).TotalSeconds,
        ["uri"] = $"{Account}/Queues/{queue.Sid}/Members/{member.Call.Sid}.json",
    };

    public Dictionary<string, object?> Conference(SimConference conference) => new()
    {
        ["sid"] = conference.Sid,
        ["account_sid"] = options.AccountSid,
        ["friendly_name"] = conference.FriendlyName,
        ["status"] = conference.Status,
        ["region"] = "us1",
        ["api_version"] = "2010-04-01",
        ["date_created"] = TwilioDates.Rfc2822(conference.DateCreated),
        ["date_updated"] = TwilioDates.Rfc2822(conference.DateUpdated),
        ["reason_conference_ended"] = conference.ReasonConferenceEnded,
        ["call_sid_ending_conference"] = conference.CallSidEndingConference,
        ["uri"] = $"{Account}/Conferences/{conference.Sid}.json",
        ["subresource_uris"] = new Dictionary<string, string>
        {
            ["participants"] = $"{Account}/Conferences/{conference.Sid}/Participants.json",
            ["recordings"] = $"{Account}/Conferences/{conference.Sid}/Recordings.json",
        },
    };

    public Dictionary<string, object?> Participant(Participant participant) => new()
    {
        ["account_sid"] = options.AccountSid,
        ["call_sid"] = participant.CallSid,
        ["conference_sid"] = participant.ConferenceSid,
        ["label"] = participant.Label,
        ["call_sid_to_coach"] = participant.CallSidToCoach,
        ["coaching"] = participant.Coaching,
        ["muted"] = participant.Muted,
        ["hold"] = participant.Hold,
        ["start_conference_on_enter"] = participant.StartConferenceOnEnter,
        ["end_conference_on_exit"] = participant.EndConferenceOnExit,
        ["status"] = participant.Status,
        ["queue_time"] = null,
        ["date_created"] = TwilioDates.Rfc2822(participant.DateCreated),
        ["date_updated"] = TwilioDates.Rfc2822(participant.DateUpdated),
        ["uri"] = $"{Account}/Conferences/{participant.ConferenceSid}/Participants/{participant.CallSid}.json",
    };

    /// <summary>The fields twilio-csharp's RecordingResource reads; duration is a string, -1 while recording; media_url is this host's.</summary>
    public Dictionary<string, object?> Recording(SimRecording recording) => new()
    {
        ["account_sid"] = options.AccountSid,
        ["api_version"] = "2010-04-01",
        ["call_sid"] = recording.CallSid,
        ["conference_sid"] = recording.ConferenceSid,
        ["date_created"] = TwilioDates.Rfc2822(recording.DateCreated),
        ["date_updated"] = TwilioDates.Rfc2822(recording.DateUpdated),
        ["start_time"] = TwilioDates.Rfc2822(recording.StartTime),
        ["duration"] = recording.Duration.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["sid"] = recording.Sid,
        ["price"] = null,
        ["price_unit"] = "USD",
        ["status"] = recording.Status,
        ["channels"] = recording.Channels,
        ["source"] = recording.Source,
        ["error_code"] = recording.ErrorCode,
        ["uri"] = $"{Account}/Recordings/{recording.Sid}.json",
        ["encryption_details"] = null,
        ["subresource_uris"] = new Dictionary<string, string>
        {
            ["add_on_results"] = $"{Account}/Recordings/{recording.Sid}/AddOnResults.json",
            ["transcriptions"] = $"{Account}/Recordings/{recording.Sid}/Transcriptions.json",
        },
        ["media_url"] = mediaUrl(recording).ToString(),
    };

    /// <summary>The fields twilio-csharp's MessageResource reads; num_segments and num_media are strings, as Twilio sends them.</summary>
    public Dictionary<string, object?> Message(SimMessage message) => new()
    {
        ["account_sid"] = options.AccountSid,
        ["api_version"] = "2010-04-01",
        ["body"] = message.Body,
        ["date_created"] = TwilioDates.Rfc2822(message.DateCreated),
        ["date_updated"] = TwilioDates.Rfc2822(message.DateUpdated),
        ["date_sent"] = TwilioDates.Rfc2822(message.DateSent),
        ["direction"] = "outbound-api",
        ["error_code"] = null,
        ["error_message"] = null,
        ["from"] = message.From,
        ["to"] = message.To,
        ["messaging_service_sid"] = null,
        ["num_media"] = "0",
        ["num_segments"] = message.Segments.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["price"] = null,
        ["price_unit"] = "USD",
        ["sid"] = message.Sid,
        ["status"] = message.Status,
        ["uri"] = $"{Account}/Messages/{message.Sid}.json",
        ["subresource_uris"] = new Dictionary<string, string> { ["media"] = $"{Account}/Messages/{message.Sid}/Media.json" },
    };

    /// <summary>A 2010-04-01 list page: the records under their key plus the paging fields.</summary>
    public static Dictionary<string, object?> Page(string key, string uri, IReadOnlyList<Dictionary<string, object?>> records) => new()
    {
        [key] = records,
        ["uri"] = uri,
        ["first_page_uri"] = uri,
        ["next_page_uri"] = null,
        ["previous_page_uri"] = null,
        ["page"] = 0,
        ["page_size"] = Math.Max(50, records.Count),
        ["start"] = 0,
        ["end"] = Math.Max(0, records.Count - 1),
    };
}
