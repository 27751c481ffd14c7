using System.Net;
using System.Net.Http.Json;
using Ivr.Acd.Model;
using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Parties;
using Ivr.Server.CallControl.InCall;
using Ivr.Server.Counselors;
using Ivr.Server.Tests.Infrastructure;

namespace Ivr.Server.Tests.EndToEnd;

/// <summary>
/// A counselor at work as the softphone page would be: a staff account linked to the counselor, signed in over the
/// HTTP API, with a simulated device that answers their calls.
/// </summary>
public sealed class Softphone(SimulatedCenter center, string id, HttpClient http)
{
    public string Id { get; } = id;

    public HttpClient Http { get; } = http;

    public static async Task<Softphone> SignInAsync(SimulatedCenter center, string id, string language, IParty? device = null)
    {
        center.Twilio.Parties.Register("client:" + id, device ?? new ScriptedParty([]));
        var client = await center.Server.CreateLinkedCounselorAsync(id, language);
        (await client.PostAsJsonAsync("/api/counselor/presence", new PresenceRequest("available", null))).EnsureSuccessStatusCode();
        return new Softphone(center, id, client);
    }

    public async Task<ActiveCallView?> CallAsync()
    {
        var response = await Http.GetAsync("/api/counselor/call");
        return response.StatusCode == HttpStatusCode.NoContent ? null : (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<ActiveCallView>())!;
    }

    public Task<HttpResponseMessage> PostAsync(string operation, object? body = null) =>
        Http.PostAsJsonAsync("/api/counselor/call" + operation, body ?? new { });

    public async Task<CounselorState> StateAsync() => (await center.Engine.GetCounselorAsync(Id))!.State;

    public Task WaitUntilOnCallAsync() => center.EventuallyAsync(async () => await CallAsync() is not null, $"{Id} is on a call");

    public Task WaitForStateAsync(CounselorState state) => center.EventuallyAsync(async () => await StateAsync() == state, $"{Id} is {state}");

    /// <summary>This counselor's leg in the simulator: the softphone call the server placed to them.</summary>
    public SimCall LatestLeg() => center.Twilio.Calls.All.Where(call => call.To == "client:" + Id).MaxBy(call => call.DateCreated)!;
}
