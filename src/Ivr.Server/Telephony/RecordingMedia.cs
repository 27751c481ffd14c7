namespace Ivr.Server.Telephony;

/// <summary>
/// Plays a recording through the server: the media streams from Twilio (<see cref="TwilioRecordings"/>), so the
/// browser never learns Twilio's URL or needs its credentials, and no cache keeps the caller's voice.
/// </summary>
public static class RecordingMedia
{
    /// <param name="played">Runs once Twilio gave the media, before it streams (the audit entry of the playback).</param>
    /// <returns>The stream; 404 when Twilio has no such recording, 502 when Twilio failed.</returns>
    public static async Task<IResult> StreamAsync(TwilioRecordings recordings, string recordingSid, HttpContext context, Func<Task> played)
    {
        HttpResponseMessage? media;
        try
        {
            media = await recordings.OpenMediaAsync(recordingSid, context.RequestAborted);
        }
        catch (Exception exception) when (TwilioFailures.Is(exception))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status502BadGateway, title: "Twilio did not give the recording; try again shortly.");
        }
        if (media is null)
        {
            return TypedResults.NotFound();
        }
        context.Response.RegisterForDispose(media);
        await played();
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Stream(await media.Content.ReadAsStreamAsync(context.RequestAborted),
            media.Content.Headers.ContentType?.MediaType ?? "audio/wav", enableRangeProcessing: false);
    }
}
