using System.Text.RegularExpressions;
using Ivr.PhoneSim.Parties;

namespace Ivr.Server.Tests.Instances;

public sealed partial class SeveralInstancesTests
{
    /// <summary>
    /// nginx hands the webhooks of one call to the instances in turn (its access log names the instance of each, with
    /// the request's CallSid), and the call still goes from the menu through the queue to the counselor's conference.
    /// </summary>
    [Test, Order(1)]
    public async Task Webhooks_OfOneCall_LandOnDifferentInstancesAndTheCallReachesTheCounselor()
    {
        await operations.PutCounselorAsync("rr-zh", "zh");
        cluster.Twilio.Parties.Register("client:rr-zh", new ScriptedParty([]));
        await operations.SetPresenceAsync("rr-zh", "available");
        var party = new Caller("3*");

        var call = cluster.Twilio.PlaceIncomingCall("+821055550001", party);

        await EventuallyAsync(() => party.Connections > 0, "the caller is put through to the Chinese counselor");
        var webhooks = cluster.Nginx.AccessLog().Where(line => line.Contains("CallSid=" + call.Sid, StringComparison.Ordinal))
            .Select(line => WebhookLine().Match(line)).Where(match => match.Success)
            .Select(match => (Instance: match.Groups["upstream"].Value, Path: match.Groups["path"].Value, Status: match.Groups["status"].Value)).ToList();
        foreach (var webhook in webhooks)
        {
            await TestContext.Out.WriteLineAsync($"{webhook.Path} -> {webhook.Instance} ({webhook.Status})");
        }
        Assert.That(webhooks.Count, Is.GreaterThanOrEqualTo(3), "the call's webhooks are in nginx's log");
        Assert.That(webhooks.Select(webhook => webhook.Instance).Distinct().Count(), Is.GreaterThanOrEqualTo(2),
            "the webhooks of one call were served by several instances");
        // 499: the simulator dropped a webhook in flight because a REST redirect (the counselor answered) superseded it.
        Assert.That(webhooks.Where(webhook => webhook.Status is not ("200" or "204" or "499")), Is.Empty,
            "every webhook was answered, its signature accepted through nginx (no 403) and no instance failed (no 5xx)");
        Assert.That(cluster.Journal.Events.Where(e => e.Kind == "error"), Is.Empty, "no webhook failed");
        cluster.Twilio.HangUp(call);
    }

    [GeneratedRegex(@"^(?<upstream>[0-9.:]+) (?<status>\d{3}) POST (?<path>\S+) ")]
    private static partial Regex WebhookLine();
}
