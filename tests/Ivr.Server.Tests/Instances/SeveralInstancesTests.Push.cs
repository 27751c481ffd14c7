using System.Text.Json;
using Ivr.PhoneSim.Parties;
using Ivr.Server.Authorization;
using Ivr.Server.Softphone;
using Ivr.Server.Wallboard;

namespace Ivr.Server.Tests.Instances;

public sealed partial class SeveralInstancesTests
{
    /// <summary>
    /// A counselor's softphone is connected to B and a wallboard to A; the caller waits, and the counselor is made
    /// available through C, whose request makes the reservation and rings the counselor. Both pages are pushed the
    /// ringing call: every instance tails the events stream in Redis and pushes to its own pages (no backplane). A third
    /// page, a wallboard connected through nginx, proves the deployed hub routing (negotiate and WebSocket on one instance).
    /// </summary>
    [Test, Order(3)]
    public async Task Softphone_OnB_SeesTheCallRungByC_AndTheWallboardOnA_SeesItToo()
    {
        const string counselor = "push-vi";
        var (userId, counselorToken) = await operations.CreateAccountAsync(Roles.Counselor);
        await operations.PutCounselorAsync(counselor, "vi", userId);
        // The device rings and is not answered, so the call stays ringing while the pages are checked.
        cluster.Twilio.Parties.Register("client:" + counselor, new ScriptedParty([], new RingDecision(RingAnswer.Ignore, TimeSpan.Zero)));
        await using var softphone = await HubWatcher.ConnectAsync(cluster.Servers[1].Address, SoftphoneHub.Path, SoftphoneHub.StateMessage, counselorToken);
        await using var wallboard = await HubWatcher.ConnectAsync(cluster.Servers[0].Address, WallboardHub.Path, WallboardHub.Message, operationsToken);
        // And one through nginx as a browser would be: negotiate and WebSocket reach the same instance (ip_hash on /hubs/).
        await using var wallboardViaNginx = await HubWatcher.ConnectAsync(cluster.Nginx.Address, WallboardHub.Path, WallboardHub.Message, operationsToken);

        var call = cluster.Twilio.PlaceIncomingCall("+821055550002", new Caller("4*"));
        await EventuallyAsync(() => wallboard.Messages.Any(picture => Row(picture, "vi") is { } row && row.GetProperty("waiting").GetInt32() == 1),
            "the wallboard on A shows the Vietnamese caller waiting");
        using (var c = cluster.Client(2).As(operationsToken))
        {
            await c.SetPresenceAsync(counselor, "available");
        }

        await EventuallyAsync(() => softphone.Messages.Any(state => state.GetProperty("call") is { ValueKind: JsonValueKind.Object } ringing
                && ringing.GetProperty("callSid").GetString() == call.Sid && ringing.GetProperty("phase").GetString() == "ringing"),
            "the softphone on B is pushed the call ringing");
        await EventuallyAsync(() => wallboard.Messages.Any(picture => Row(picture, "vi") is { } row && row.GetProperty("ringing").GetInt32() == 1),
            "the wallboard on A shows the counselor ringing");
        await EventuallyAsync(() => wallboardViaNginx.Messages.Any(picture => Row(picture, "vi") is { } row && row.GetProperty("ringing").GetInt32() == 1),
            "the wallboard connected through nginx shows the counselor ringing");
        cluster.Twilio.HangUp(call);
    }

    private static JsonElement? Row(JsonElement picture, string language) =>
        picture.GetProperty("languages").EnumerateArray().Where(row => row.GetProperty("language").GetString() == language)
            .Select(row => (JsonElement?)row).FirstOrDefault();
}
