using System.Net;
using System.Net.Http.Json;
using Ivr.Acd.Model;
using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Journal;
using Ivr.PhoneSim.Parties;
using Ivr.PhoneSim;
using Ivr.Server.Authorization;
using Ivr.Server.Counselors;
using Ivr.Server.Staffing;
using Ivr.Server.Tests.Infrastructure;
using Ivr.Server.Tests.EndToEnd;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ivr.Server.Tests.Faults;

/// <summary>
/// The whole center (server and phone simulator) on dependencies the test owns and breaks: one English-speaking
/// counselor, callers who keep asking for them, and the checks an operator would make afterwards.
/// </summary>
public sealed class FaultScene(SimulatedCenter center) : IAsyncDisposable
{
    public const string Counselor = "c-en";

    public SimulatedCenter Center => center;

    /// <param name="settings">The dependencies' connection strings; the timer passes run every second so each meets the fault.</param>
    public static async Task<FaultScene> StartAsync(Dictionary<string, string?> settings)
    {
        settings["Acd:SweepInterval"] = "00:00:01";
        settings["CallControl:AuditInterval"] = "00:00:01";
        settings["CallControl:RedirectRetryInterval"] = "00:00:01";
        settings["CallRecords:RetryDelay"] = "00:00:01";
        var center = await SimulatedCenter.StartAsync(settings);
        await center.SignInCounselorAsync(Counselor, "en");
        center.Twilio.Parties.Register("client:" + Counselor, new ScriptedParty([]));
        return new FaultScene(center);
    }

    public SimCall PlaceCall(string from) => center.Twilio.PlaceIncomingCall(from, new SeekingCounselorParty("2*"));

    /// <summary>
    /// A staff account linked to the counselor, signed in, with the softphone page loaded (its configuration read):
    /// the client the counselor's own actions go through.
    /// </summary>
    public async Task<HttpClient> SignInCounselorAccountAsync()
    {
        var operations = await center.Server.CreateSignedInClientAsync(Roles.Operations);
        var (client, userId) = await center.Server.CreateSignedInUserAsync(Roles.Counselor);
        (await operations.PutAsJsonAsync($"/api/staffing/counselors/{Counselor}",
            new CounselorRequest("Counselor", new() { ["en"] = 3 }, null, null, userId))).EnsureSuccessStatusCode();
        (await client.GetAsync("/api/softphone/config")).EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>
    /// Waits until the counselor is talking to <paramref name="caller"/>, then ends the call and completes the wrap-up
    /// (through the counselor's own API when <paramref name="counselor"/> is given).
    /// </summary>
    public async Task TalkAndWrapUpAsync(SimCall caller, string residencyStatus = "E-9", HttpClient? counselor = null)
    {
        // Talking: the caller is in the conference with them (a counselor who leaves before that puts the caller back in line).
        await center.EventuallyAsync(async () => (await center.Engine.GetCounselorAsync(Counselor)) is { State: CounselorState.OnCall } counselor
            && counselor.CallSid == caller.Sid && center.Twilio.Conferences.All.Any(conference => conference.Participants.Any(party => party.CallSid == caller.Sid)),
            $"the counselor is talking to {caller.Sid}");
        center.Twilio.HangUp(center.Twilio.Calls.All.Last(call => call.To == "client:" + Counselor && !call.IsEnded));
        await center.EventuallyAsync(async () => (await center.Engine.GetCounselorAsync(Counselor))!.State == CounselorState.WrapUp, "the counselor is in wrap-up");
        var wrapUp = new WrapUpRequest(caller.Sid, residencyStatus, "EXTENSION", null);
        if (counselor is null)
        {
            await center.Server.Services.GetRequiredService<CounselorActions>().CompleteWrapUpAsync(Counselor, wrapUp, CancellationToken.None);
            return;
        }
        var response = await counselor.PostAsJsonAsync("/api/counselor/wrap-up", wrapUp);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    /// <summary>The spoken verbs (Say or Play) the simulator executed for a call so far.</summary>
    public int SpokenTo(SimCall call) => center.Journal.Events.Count(e => e.Kind == SimEventKinds.Verb && e.CallSid == call.Sid
        && e.Data.GetValueOrDefault("verb") is "Say" or "Play" && e.Data.GetValueOrDefault("text") != SimulatorOptions.ApplicationError);

    /// <summary>Twilio's "application error" or any other error the simulator met (a webhook that failed or timed out).</summary>
    public IEnumerable<string> Errors() => center.Journal.Events.Where(e => e.Kind == SimEventKinds.Error
            || e.Data.GetValueOrDefault("text") == SimulatorOptions.ApplicationError)
        .Select(e => $"{e.Kind} {e.CallSid} {string.Join(' ', e.Data.Select(d => $"{d.Key}={d.Value}"))}");

    /// <summary>The background services that are no longer running (a dependency's exception escaped them), and whether the host is stopping.</summary>
    public (IReadOnlyList<string> Stopped, bool HostStopping) ProcessState()
    {
        var services = center.Server.Services;
        var stopped = services.GetServices<IHostedService>().OfType<BackgroundService>()
            .Where(service => service.ExecuteTask is not { IsCompleted: false })
            .Select(service => $"{service.GetType().Name}: {service.ExecuteTask?.Exception?.GetBaseException().Message ?? "ended"}")
            .ToList();
        return (stopped, services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
    }

    public ValueTask DisposeAsync() => center.DisposeAsync();
}
