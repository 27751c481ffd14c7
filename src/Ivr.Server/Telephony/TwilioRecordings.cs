using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Ivr.Server.Telephony.Rest;
using Microsoft.Extensions.Options;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Rest.Api.V2010.Account;

namespace Ivr.Server.Telephony;

/// <summary>
/// A recording at Twilio (a caller's message, a recorded call), through the server's Twilio REST client (its HttpClient: Polly, the stand-in's
/// base URL): the media as WAV with the account's credentials (Twilio enforces HTTP auth on media), the delete, and
/// a conference's running recording paused and resumed.
/// The media's URL never leaves the server.
/// </summary>
public sealed class TwilioRecordings(IHttpClientFactory clients, ITwilioRestClient twilio, IOptions<TwilioOptions> options)
{
    public const string ApiHost = "api.twilio.com";

    /// <summary>What Twilio takes in place of a recording's sid: the call's or conference's recording running now.</summary>
    public const string CurrentRecording = "Twilio.CURRENT";

    /// <summary>Redirects followed to the media (Twilio may answer media requests with one to its storage).</summary>
    private const int MaxRedirects = 3;

    /// <summary>The media's response, headers read, body not yet: the caller streams and disposes it. Null when Twilio has no such recording.</summary>
    public async Task<HttpResponseMessage?> OpenMediaAsync(string recordingSid, CancellationToken cancellationToken)
    {
        var client = clients.CreateClient(TwilioRestClientServiceCollectionExtensions.HttpClientName);
        var url = new Uri($"https://{ApiHost}/2010-04-01/Accounts/{options.Value.AccountSid}/Recordings/{recordingSid}.wav");
        for (var hop = 0; ; hop++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            // The account's credentials go to Twilio's API only, never to the host a redirect names.
            if (url.Host == ApiHost)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
                    Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.Value.AccountSid}:{options.Value.AuthToken}")));
            }
            var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location && hop < MaxRedirects)
            {
                response.Dispose();
                url = new Uri(url, location);
                continue;
            }
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                response.Dispose();
                return null;
            }
            if (!response.IsSuccessStatusCode)
            {
                response.Dispose();
                throw new HttpRequestException($"Twilio answered {(int)response.StatusCode} for recording {recordingSid}'s media.", null, response.StatusCode);
            }
            return response;
        }
    }

    /// <summary>Deletes the recording at Twilio; one Twilio does not know (404) is as good as deleted. Other failures throw.</summary>
    public async Task DeleteAsync(string recordingSid)
    {
        try
        {
            await RecordingResource.DeleteAsync(pathSid: recordingSid, client: twilio);
        }
        catch (ApiException exception) when (exception.Status == (int)HttpStatusCode.NotFound)
        {
        }
    }

    /// <summary>
    /// Pauses the conference's running recording (<c>Twilio.CURRENT</c>), the paused time left out of it
    /// (PauseBehavior=skip), or resumes it. Safe to replay, so Polly retries it; failures throw.
    /// </summary>
    public Task SetConferenceRecordingPausedAsync(string conferenceSid, bool paused) =>
        Twilio.Rest.Api.V2010.Account.Conference.RecordingResource.UpdateAsync(
            pathConferenceSid: conferenceSid,
            pathSid: CurrentRecording,
            status: paused ? Twilio.Rest.Api.V2010.Account.Conference.RecordingResource.StatusEnum.Paused
                : Twilio.Rest.Api.V2010.Account.Conference.RecordingResource.StatusEnum.InProgress,
            pauseBehavior: paused ? "skip" : null,
            client: twilio);

    /// <summary>
    /// Deletes each recording at Twilio, and only then runs <paramref name="forget"/> for it (the reference goes). One
    /// Twilio could not delete is reported to <paramref name="failed"/> and kept, to be tried again; an unreachable
    /// Twilio ends the batch, without a burst of failures.
    /// </summary>
    public async Task<(int Deleted, int Failed)> DeleteEachAsync(IEnumerable<string> recordingSids, Func<string, Task> forget, Action<string, string> failed)
    {
        int deleted = 0, failures = 0;
        foreach (var sid in recordingSids)
        {
            try
            {
                await DeleteAsync(sid);
            }
            catch (Exception exception) when (TwilioFailures.Is(exception))
            {
                failures++;
                failed(sid, exception.Message);
                if (TwilioFailures.IsUnreachable(exception))
                {
                    break;
                }
                continue;
            }
            await forget(sid);
            deleted++;
        }
        return (deleted, failures);
    }

    private static bool IsRedirect(HttpStatusCode status) => (int)status is >= 300 and < 400;
}
