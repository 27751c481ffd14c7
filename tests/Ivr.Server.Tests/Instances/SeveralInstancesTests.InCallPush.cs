using System.Net.Http.Json;
using System.Text.Json;
using Ivr.PhoneSim.Parties;
using Ivr.Server.Authorization;
using Ivr.Server.Softphone;

namespace Ivr.Server.Tests.Instances;

public sealed partial class SeveralInstancesTests
{
    /// <summary>
    /// The counselor's page is connected to B; their hold request reaches C (round robin would send it anywhere). The
    /// page on B is pushed the change: C announces it on Redis and B pushes it. (Before, C pushed only to its own pages,
    /// and a hold names no counselor in the events stream, so B's page heard nothing.)
    /// </summary>
    [Test, Order(4)]
    public async Task InCallChange_MadeThroughC_IsPushedToTheSoftphoneOnB()
    {
        const string counselor = "hold-th";
        var (userId, counselorToken) = await operations.CreateAccountAsync(Roles.Counselor);
        await operations.PutCounselorAsync(counselor, "th", userId);
        cluster.Twilio.Parties.Register("client:" + counselor, new ScriptedParty([]));
        await using var softphone = await HubWatcher.ConnectAsync(cluster.Servers[1].Address, SoftphoneHub.Path, SoftphoneHub.StateMessage, counselorToken);
        await operations.SetPresenceAsync(counselor, "available");
        var caller = new Caller("5*");
        var call = cluster.Twilio.PlaceIncomingCall("+821055550003", caller);
        await EventuallyAsync(() => caller.Connections > 0 && softphone.Messages.Any(state => state.GetProperty("call") is { ValueKind: JsonValueKind.Object } connected
            && connected.GetProperty("callSid").GetString() == call.Sid && connected.GetProperty("phase").GetString() == "connected"),
            "the caller is connected and the softphone on B shows it");
        // Let the pushes of the answer settle, so the next one is the hold's.
        await Task.Delay(TimeSpan.FromSeconds(1));
        var before = softphone.Messages.Count;

        using (var c = cluster.Client(2).As(counselorToken))
        {
            var hold = await c.PostAsJsonAsync("/api/counselor/call/hold", new { held = true });
            Assert.That(hold.IsSuccessStatusCode, Is.True, await hold.Content.ReadAsStringAsync());
        }

        await EventuallyAsync(() => softphone.Messages.Count > before, "the softphone on B is pushed the hold made through C");
        cluster.Twilio.HangUp(call);
    }
}
