using Ivr.Acd.Events;
using Ivr.Acd.Tests.Infrastructure;
using StackExchange.Redis;

namespace Ivr.Acd.Tests.Cluster;

/// <summary>Two contact centers whose hash tags live on different primaries of a Redis Cluster, each routing alone.</summary>
public sealed class TwoPrimariesTests
{
    [Test]
    public async Task TwoContactCenters_OnDifferentPrimaries_EachRoutesItsOwnCallers()
    {
        var redis = TestCluster.Connection;
        var first = AcdTestBed.NewContactCenterName();
        var firstOwner = await TestCluster.OwnerAsync(await TestCluster.KeySlotAsync(first));
        var second = AcdTestBed.NewContactCenterName();
        for (var tries = 0; tries < 100 && await TestCluster.OwnerAsync(await TestCluster.KeySlotAsync(second)) == firstOwner; tries++)
        {
            second = AcdTestBed.NewContactCenterName();
        }
        var secondOwner = await TestCluster.OwnerAsync(await TestCluster.KeySlotAsync(second));
        Assert.That(secondOwner, Is.Not.EqualTo(firstOwner), "no second hash tag found on another primary");

        await using var a = new AcdTestBed(redis: redis, contactCenter: first);
        await using var b = new AcdTestBed(redis: redis, contactCenter: second);
        await a.AddCounselorAsync("c-a", ("ko", 5));
        await b.AddCounselorAsync("c-b", ("ko", 5));

        var matchA = (await a.JoinAsync("CA-a", "ko")).Matches.Single();
        var matchB = (await b.JoinAsync("CA-b", "ko")).Matches.Single();
        await a.Engine.AcceptAsync(matchA.ReservationId);
        await b.Engine.AcceptAsync(matchB.ReservationId);

        Assert.That((matchA.CallSid, matchA.CounselorId), Is.EqualTo(("CA-a", "c-a")));
        Assert.That((matchB.CallSid, matchB.CounselorId), Is.EqualTo(("CA-b", "c-b")));
        foreach (var (bed, owner, other) in new[] { (a, firstOwner, secondOwner), (b, secondOwner, firstOwner) })
        {
            Assert.That((await bed.EventsAsync()).Count(e => e.Type == CallEventTypes.Answered), Is.EqualTo(1));
            Assert.That(await bed.ViolationsAsync(), Is.Empty);
            Assert.That(await KeysOnAsync(owner, bed.ContactCenter), Is.Not.Empty, $"{bed.ContactCenter} lives on {owner}");
            Assert.That(await KeysOnAsync(other, bed.ContactCenter), Is.Empty, $"{bed.ContactCenter} has nothing on {other}");
        }
    }

    private static async Task<List<RedisKey>> KeysOnAsync(string node, string contactCenter)
    {
        var keys = new List<RedisKey>();
        await foreach (var key in TestCluster.Connection.GetServer(node).KeysAsync(pattern: $"{{cc:{contactCenter}}}:*"))
        {
            keys.Add(key);
        }
        return keys;
    }
}
