namespace Ivr.PhoneSim.Messages;

/// <summary>An outbound SMS created through the REST API, as Twilio keeps it.</summary>
public sealed class SimMessage(string sid, string from, string to, string body, Uri? statusCallback, DateTimeOffset created)
{
    public string Sid { get; } = sid;
    public string From { get; } = from;
    public string To { get; } = to;
    public string Body { get; } = body;
    public Uri? StatusCallback { get; } = statusCallback;
    public DateTimeOffset DateCreated { get; } = created;
    public DateTimeOffset DateUpdated { get; set; } = created;
    public DateTimeOffset? DateSent { get; set; }
    public string Status { get; set; } = MessageStatuses.Queued;

    /// <summary>
    /// Segments as a carrier counts them: GSM-7 text 160 characters alone or 153 per part; anything else (Korean,
    /// Vietnamese with its diacritics, Thai...) UCS-2, 70 alone or 67 per part.
    /// </summary>
    public int Segments
    {
        get
        {
            var gsm = Body.All(c => c < 128);
            var (single, part) = gsm ? (160, 153) : (70, 67);
            return Body.Length <= single ? 1 : (Body.Length + part - 1) / part;
        }
    }
}
